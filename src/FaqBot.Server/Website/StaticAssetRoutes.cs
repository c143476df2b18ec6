using System.Text.Json;

namespace FaqBot.Server.Website;

// The fingerprinted URL of each file in wwwroot ("chat.js" → "chat.glvjm000r0.js"), read from the static web assets
// endpoints manifest the SDK writes at build and publish. Those URLs are served with a year of immutable caching (and
// gzip, plus Brotli after publish) by MapStaticAssets, so a returning visitor's browser loads Web Chat from its cache;
// a changed file gets a new fingerprint, so nobody keeps a stale copy.
public sealed class StaticAssetRoutes
{
    public const string ManifestName = "FaqBot.Server.staticwebassets.endpoints.json";

    private readonly Dictionary<string, string> _fingerprinted;

    public StaticAssetRoutes(Dictionary<string, string> fingerprinted) => _fingerprinted = fingerprinted;

    public static string ManifestPath => Path.Combine(AppContext.BaseDirectory, ManifestName);

    // The fingerprinted route of wwwroot's file at path (without a leading slash), or the path itself when the
    // manifest does not list it (then it is served without long-lived caching).
    public string this[string path] => _fingerprinted.GetValueOrDefault(path, path);

    public static StaticAssetRoutes Load(string manifestPath)
    {
        var routes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(manifestPath))
        {
            return new StaticAssetRoutes(routes);
        }

        using var stream = File.OpenRead(manifestPath);
        using var manifest = JsonDocument.Parse(stream);
        foreach (var endpoint in manifest.RootElement.GetProperty("Endpoints").EnumerateArray())
        {
            string? label = null, fingerprint = null;
            foreach (var property in endpoint.GetProperty("EndpointProperties").EnumerateArray())
            {
                var value = property.GetProperty("Value").GetString();
                switch (property.GetProperty("Name").GetString())
                {
                    case "label": label = value; break;
                    case "fingerprint": fingerprint = value; break;
                }
            }

            if (label is not null && fingerprint is not null)
            {
                routes[label] = endpoint.GetProperty("Route").GetString()!;
            }
        }

        return new StaticAssetRoutes(routes);
    }
}
