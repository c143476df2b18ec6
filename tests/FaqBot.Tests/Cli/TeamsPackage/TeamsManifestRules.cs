using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FaqBot.Tests.Cli.TeamsPackage;

/// The rules of the Teams manifest schema v1.24 that apply to a bot app (required fields, patterns, lengths, limits).
public static partial class TeamsManifestRules
{
    private static readonly HashSet<string> TopLevelProperties =
    [
        "$schema", "manifestVersion", "version", "id", "localizationInfo", "developer", "name", "description", "icons",
        "accentColor", "configurableTabs", "staticTabs", "bots", "connectors", "subscriptionOffer", "composeExtensions",
        "permissions", "devicePermissions", "validDomains", "webApplicationInfo", "graphConnector", "showLoadingIndicator",
        "isFullScreen", "activities", "configurableProperties", "supportedChannelTypes", "defaultBlockUntilAdminAction",
        "publisherDocsUrl", "defaultInstallScope", "defaultGroupCapability", "meetingExtensionDefinition", "authorization",
        "extensions", "actions", "dashboardCards", "copilotAgents", "intuneInfo", "elementRelationshipSet", "backgroundLoadConfiguration",
    ];

    private static readonly HashSet<string> BotScopes = ["team", "personal", "groupChat", "copilot"];

    public static List<string> Validate(JsonObject manifest)
    {
        var errors = new List<string>();
        void Check(bool ok, string error)
        {
            if (!ok)
            {
                errors.Add(error);
            }
        }

        foreach (var property in manifest)
        {
            Check(TopLevelProperties.Contains(property.Key), $"unknown property {property.Key}");
        }

        foreach (var required in new[] { "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor" })
        {
            Check(manifest.ContainsKey(required), $"missing {required}");
        }

        Check(Str(manifest, "$schema") == "https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json", "$schema");
        Check(Str(manifest, "manifestVersion") == "1.24", "manifestVersion must be the schema's const 1.24");
        Check(Semver().IsMatch(Str(manifest, "version")), "version not semver");
        Check(Guid().IsMatch(Str(manifest, "id")), "id not a GUID");
        var developer = manifest["developer"]?.AsObject() ?? [];
        Check(Str(developer, "name").Length is > 0 and <= 32, "developer.name length");
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Check(Str(developer, url).StartsWith("https://", StringComparison.Ordinal) && Str(developer, url).Length <= 2048, $"developer.{url}");
        }

        Check(Str(manifest["name"], "short").Length is > 0 and <= 30, "name.short length");
        Check(Str(manifest["name"], "full").Length <= 100, "name.full length");
        Check(Str(manifest["description"], "short").Length is > 0 and <= 80, "description.short length");
        Check(Str(manifest["description"], "full").Length is > 0 and <= 4000, "description.full length");
        Check(Str(manifest["icons"], "color").Length is > 0 and <= 2048, "icons.color");
        Check(Str(manifest["icons"], "outline").Length is > 0 and <= 2048, "icons.outline");
        Check(Color().IsMatch(Str(manifest, "accentColor")), "accentColor not #RRGGBB");

        var bots = manifest["bots"]?.AsArray() ?? [];
        Check(bots.Count <= 1, "at most one bot");
        foreach (var bot in bots)
        {
            Check(Guid().IsMatch(Str(bot, "botId")), "botId not a GUID");
            var scopes = bot!["scopes"]?.AsArray().Select(s => s!.GetValue<string>()).ToList() ?? [];
            Check(scopes.Count > 0 && scopes.All(BotScopes.Contains) && scopes.Distinct().Count() == scopes.Count, "bot scopes");
            var lists = bot["commandLists"]?.AsArray() ?? [];
            Check(lists.Count <= 3, "at most 3 command lists");
            foreach (var list in lists)
            {
                var commands = list!["commands"]?.AsArray() ?? [];
                Check(commands.Count is > 0 and <= 10, "1–10 commands per list");
                foreach (var command in commands)
                {
                    Check(Str(command, "title").Length is > 0 and <= 32, "command title length");
                    Check(Str(command, "description").Length is > 0 and <= 128, "command description length");
                }
            }
        }

        var domains = manifest["validDomains"]?.AsArray() ?? [];
        Check(domains.Count <= 16, "at most 16 validDomains");
        Check(domains.All(d => !Str(d).Contains("://", StringComparison.Ordinal) && Str(d).Length <= 2048), "validDomains are hosts");
        return errors;
    }

    private static string Str(JsonNode? node, string name) => node?[name] is JsonValue value && value.TryGetValue<string>(out var s) ? s : string.Empty;

    private static string Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : string.Empty;

    [GeneratedRegex(@"^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$")]
    private static partial Regex Semver();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Guid();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Color();
}
