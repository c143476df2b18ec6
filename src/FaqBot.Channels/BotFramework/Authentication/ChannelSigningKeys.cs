using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>
/// The channel's signing keys: IdentityModel's <see cref="ConfigurationManager{T}"/> fetches the OpenID metadata and
/// its jwks_uri, refreshes them every <see cref="BotFrameworkAuthenticationOptions.KeyRefreshInterval"/> and, when a
/// token names an unknown kid, at most every <see cref="BotFrameworkAuthenticationOptions.UnknownKeyRefreshInterval"/>,
/// and keeps the last good keys when a refresh fails. Each key's <c>endorsements</c> (the channels it may sign for)
/// are read from the same key set, as the Bot Framework SDK does.
/// </summary>
public sealed partial class ChannelSigningKeys
{
    // Blocking refresh (IdentityModel's pre-8 behaviour): a request that finds the keys due for a refresh, or names a
    // key id not yet fetched, waits for that one fetch (single flight) instead of being refused while it runs in the
    // background, so a rolled-over key is accepted on the first request that uses it. IdentityModel caches its switches
    // when it first reads one, so FaqBot's apps set it in their runtimeconfig (Directory.Build.props); setting it here
    // covers other hosts that construct this before IdentityModel reads any switch.
    private const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ILogger _logger;
    private volatile EndorsementIndex? _endorsements;

    /// <summary>Creates the key source; nothing is fetched until the first token arrives.</summary>
    public ChannelSigningKeys(HttpClient httpClient, BotFrameworkAuthenticationOptions options, ILogger<ChannelSigningKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        AppContext.SetSwitch(BlockingRefreshSwitch, true);
        var documents = new LoggingDocumentRetriever(new HttpDocumentRetriever(httpClient) { RequireHttps = options.RequireHttpsMetadata }, logger);
        Configuration = new ConfigurationManager<OpenIdConnectConfiguration>(options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = options.KeyRefreshInterval,
            RefreshInterval = options.UnknownKeyRefreshInterval,
        };
    }

    /// <summary>The metadata and keys, for <see cref="TokenValidationParameters.ConfigurationManager"/>.</summary>
    public ConfigurationManager<OpenIdConnectConfiguration> Configuration { get; }

    /// <summary>The channel ids the key <paramref name="keyId"/> is endorsed for; null when the key has no endorsements entry or is unknown.</summary>
    public async ValueTask<IReadOnlySet<string>?> GetEndorsementsAsync(string keyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        var configuration = await Configuration.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var index = _endorsements;
        if (index is null || !ReferenceEquals(index.Configuration, configuration))
        {
            // A new key set was fetched: read its endorsements once, not per request.
            index = new EndorsementIndex(configuration, ReadEndorsements(configuration.JsonWebKeySet));
            _endorsements = index;
            LogKeysLoaded(configuration.SigningKeys.Count);
        }

        return index.ByKeyId.GetValueOrDefault(keyId);
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(JsonWebKeySet? keySet)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var key in keySet?.Keys ?? [])
        {
            if (key.KeyId is not null && key.AdditionalData.TryGetValue("endorsements", out var value)
                && value is JsonElement { ValueKind: JsonValueKind.Array } array)
            {
                result[key.KeyId] = array.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot Framework signing keys loaded: {KeyCount} keys")]
    private partial void LogKeysLoaded(int keyCount);

    private sealed record EndorsementIndex(OpenIdConnectConfiguration Configuration, Dictionary<string, IReadOnlySet<string>> ByKeyId);
}
