using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FaqBot.Cli.Commands.TeamsPackage;

/// <summary>Writes the Teams app package: manifest.json, color.png and outline.png at the zip root.</summary>
internal static partial class TeamsAppPackage
{
    /// <summary>Manifest schema version written.</summary>
    public const string ManifestVersion = "1.24";

    /// <summary>The manifest's $schema URL for <see cref="ManifestVersion"/>.</summary>
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json";

    /// <summary>The bot commands listed in Teams' command menu.</summary>
    public static IReadOnlyList<(string Title, string Description)> Commands { get; } =
    [
        ("help", "What I can answer"),
        ("sources", "Staff: documents indexed and last rebuild"),
        ("stats", "Staff: last 7 days of questions and feedback"),
        ("reload", "Staff: rebuild the index now"),
    ];

    /// <summary>Writes the package as a zip into <paramref name="zip"/>.</summary>
    /// <exception cref="ArgumentException">An option breaks a manifest rule (GUID, host, lengths, semver, colour).</exception>
    public static void Write(Stream zip, TeamsAppPackageOptions options)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        AddEntry(archive, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(BuildManifest(options), new JsonSerializerOptions { WriteIndented = true }));
        AddEntry(archive, "color.png", TeamsIcons.Color(options.AccentColor));
        AddEntry(archive, "outline.png", TeamsIcons.Outline());
    }

    /// <summary>The manifest.json content for <paramref name="options"/>.</summary>
    public static JsonObject BuildManifest(TeamsAppPackageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var commands = new JsonArray();
        foreach (var (title, description) in Commands)
        {
            commands.Add(new JsonObject { ["title"] = title, ["description"] = description });
        }

        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = options.Version,
            ["id"] = Guid.Parse(options.TeamsAppId ?? options.AppId).ToString("D"),
            ["developer"] = new JsonObject
            {
                ["name"] = options.DeveloperName,
                ["websiteUrl"] = options.EffectiveWebsiteUrl,
                ["privacyUrl"] = options.EffectivePrivacyUrl,
                ["termsOfUseUrl"] = options.EffectiveTermsUrl,
            },
            ["name"] = new JsonObject { ["short"] = options.Name, ["full"] = options.FullName ?? options.Name },
            ["description"] = new JsonObject { ["short"] = options.ShortDescription, ["full"] = options.FullDescription },
            ["icons"] = new JsonObject { ["color"] = "color.png", ["outline"] = "outline.png" },
            ["accentColor"] = options.AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = Guid.Parse(options.AppId).ToString("D"),
                    ["scopes"] = new JsonArray("personal", "team", "groupChat"),
                    ["isNotificationOnly"] = false,
                    ["supportsFiles"] = false,
                    ["commandLists"] = new JsonArray
                    {
                        new JsonObject { ["scopes"] = new JsonArray("personal", "team", "groupChat"), ["commands"] = commands },
                    },
                },
            },
            ["validDomains"] = new JsonArray(options.Host),
        };
    }

    private static void Validate(TeamsAppPackageOptions options)
    {
        Require(Guid.TryParse(options.AppId, out _), "AppId must be a GUID (the bot's Microsoft App ID).");
        Require(options.TeamsAppId is null || Guid.TryParse(options.TeamsAppId, out _), "TeamsAppId must be a GUID.");
        Require(HostPattern().IsMatch(options.Host), "Host must be a host name such as faq.example-clinic.org (no scheme or path).");
        Require(options.Name.Length is > 0 and <= 30, "Name must be 1–30 characters.");
        Require((options.FullName ?? options.Name).Length <= 100, "FullName must be at most 100 characters.");
        Require(options.DeveloperName.Length is > 0 and <= 32, "DeveloperName must be 1–32 characters.");
        Require(options.ShortDescription.Length is > 0 and <= 80, "ShortDescription must be 1–80 characters.");
        Require(options.FullDescription.Length is > 0 and <= 4000, "FullDescription must be 1–4000 characters.");
        Require(SemverPattern().IsMatch(options.Version), "Version must be MAJOR.MINOR.PATCH.");
        Require(ColorPattern().IsMatch(options.AccentColor), "AccentColor must be #RRGGBB.");
        Require(IsHttpsUrl(options.EffectiveWebsiteUrl), "WebsiteUrl must be an https:// address.");
        Require(IsHttpsUrl(options.EffectivePrivacyUrl), "PrivacyUrl must be an https:// address.");
        Require(IsHttpsUrl(options.EffectiveTermsUrl), "TermsUrl must be an https:// address.");
    }

    /// <summary>True for an absolute https:// address of at most 2048 characters (the manifest's limit).</summary>
    public static bool IsHttpsUrl(string? url) =>
        url is { Length: <= 2048 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
        && !string.IsNullOrEmpty(uri.Host);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, "options");
        }
    }

    private static void AddEntry(ZipArchive archive, string name, byte[] content)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")]
    private static partial Regex SemverPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
