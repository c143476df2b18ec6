using System.Text.RegularExpressions;
using FaqBot.Cli.Commands.TeamsPackage;
using Microsoft.Extensions.Configuration;

namespace FaqBot.Cli.Commands;

// The manifest's texts and links: each from its command-line option, else the configuration, else a default made
// from the clinic's settings. Every value is checked here, so a mistake is named by its option or key.
internal static partial class TeamsPackageSettings
{
    public static TeamsAppPackageOptions Read(CliArguments args, IConfiguration configuration, string appId, string host)
    {
        string? Value(string option, string key) => args.Get(option) ?? NonEmpty(configuration[key]);
        var clinic = NonEmpty(configuration["Clinic:Name"]) ?? "Our clinic";
        var scope = NonEmpty(configuration["Clinic:Scope"])
            ?? "I answer questions about the clinic's treatments by quoting the clinic's own materials.";

        var name = Check(Value("--name", "TeamsApp:Name") ?? "Clinic FAQ", "--name (TeamsApp:Name)", 30);
        var developer = Check(Value("--developer", "TeamsApp:DeveloperName") ?? clinic, "--developer (TeamsApp:DeveloperName, else Clinic:Name)", 32);
        var version = Value("--version", "TeamsApp:Version") ?? "1.0.0";
        if (!VersionPattern().IsMatch(version))
        {
            throw new CliException($"--version (TeamsApp:Version) must be MAJOR.MINOR.PATCH such as 1.0.3, not '{version}'", 2);
        }

        var accent = NonEmpty(configuration["Website:AccentColor"]) ?? "#1A6E8E";
        if (!ColorPattern().IsMatch(accent))
        {
            throw new CliException($"Website:AccentColor must look like #1A6E8E, not '{accent}'", 2);
        }

        var shortDescription = $"{clinic}: answers from the clinic's own documents, with sources.";
        return new TeamsAppPackageOptions
        {
            AppId = appId,
            Host = host,
            Name = name,
            Version = version,
            DeveloperName = developer,
            WebsiteUrl = Url(Value("--website", "TeamsApp:WebsiteUrl"), "--website (TeamsApp:WebsiteUrl)"),
            PrivacyUrl = Url(Value("--privacy-url", "Website:PrivacyUrl"), "--privacy-url (Website:PrivacyUrl)"),
            TermsUrl = Url(Value("--terms-url", "Website:TermsUrl"), "--terms-url (Website:TermsUrl)"),
            AccentColor = accent,
            ShortDescription = shortDescription.Length <= 80 ? shortDescription : "Answers from the clinic's own documents, with sources.",
            FullDescription = Truncate($"{clinic}'s assistant. {scope} Every answer quotes the clinic's documents and names "
                + "its source. Not medical advice. Staff commands: sources, stats, reload.", 4000),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Check(string value, string what, int maxLength)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 0 && trimmed.Length <= maxLength
            ? trimmed
            : throw new CliException($"{what} must be 1–{maxLength} characters (got {trimmed.Length})", 2);
    }

    private static string? Url(string? value, string what) =>
        value is null || TeamsAppPackage.IsHttpsUrl(value) ? value : throw new CliException($"{what} must be an https:// address, not '{value}'", 2);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [GeneratedRegex(@"^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
