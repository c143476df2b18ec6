using System.Text.RegularExpressions;
using FaqBot.Cli.Commands.TeamsPackage;
using Microsoft.Extensions.Configuration;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot teams-package --app-id GUID --host HOST [--out FILE] [--name NAME] [--version X.Y.Z] [--developer NAME]
/// [--website URL] [--privacy-url URL] [--terms-url URL]</c>: writes the Teams app zip. What the options leave out comes
/// from the configuration (TeamsApp, Website, Clinic sections), so the package matches the clinic's site.
/// </summary>
internal static partial class TeamsPackageCommand
{
    public const string DefaultOut = "faqbot-teams.zip";

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--app-id", "--host", "--out", "--name", "--version", "--developer", "--website", "--privacy-url", "--terms-url");
        if (args.Positional.Count > 0)
        {
            throw new CliException($"teams-package takes no positional arguments (got '{args.Positional[0]}')", 2);
        }

        var appId = args.Get("--app-id") ?? throw new CliException("teams-package needs --app-id (the bot's Microsoft App ID, a GUID)", 2);
        if (!Guid.TryParseExact(appId, "D", out _))
        {
            throw new CliException($"--app-id must be a GUID such as 6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b, not '{appId}'", 2);
        }

        var host = args.Get("--host") ?? throw new CliException("teams-package needs --host (the public host name of the FaqBot server)", 2);
        if (!HostPattern().IsMatch(host))
        {
            throw new CliException($"--host must be a bare host name such as faq.example-clinic.org (no scheme, path or port), not '{host}'", 2);
        }

        var options = TeamsPackageSettings.Read(args, CliSettings.Configuration(args), appId, host);
        var path = Path.GetFullPath(args.Get("--out") ?? DefaultOut);
        Write(path, options);
        output.WriteLine($"wrote {path} (manifest {TeamsAppPackage.ManifestVersion}, app version {options.Version}, bot {appId}, host {host})");
        output.WriteLine($"privacy: {options.EffectivePrivacyUrl}  terms: {options.EffectiveTermsUrl}  developer: {options.DeveloperName}");
        output.WriteLine("upload it in Teams: Apps > Manage your apps > Upload an app (or Teams admin center > Manage apps > Upload);");
        output.WriteLine("for the next upload of a changed package, raise --version (or TeamsApp:Version)");
        return 0;
    }

    private static void Write(string path, TeamsAppPackageOptions options)
    {
        // Written beside the target and moved into place, so a failed run never leaves half a zip.
        var temp = path + ".tmp";
        try
        {
            using (var file = File.Create(temp))
            {
                TeamsAppPackage.Write(file, options);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            File.Delete(temp);
            throw new CliException($"cannot write {path}: {ex.Message}", ex is ArgumentException ? 2 : 1);
        }
    }

    // A DNS name only: labels of letters, digits and inner hyphens; Teams' validDomains wants no scheme, path or port.
    [GeneratedRegex(@"^(?=.{1,253}$)[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial Regex HostPattern();
}
