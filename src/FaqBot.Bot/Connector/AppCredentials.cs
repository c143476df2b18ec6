using System.Text.Json;
using FaqBot.Bot.Authentication;
using Microsoft.Extensions.Logging;

namespace FaqBot.Bot.Connector;

/// <summary>
/// The bot's outbound Entra token (client credentials, or managed identity for UserAssignedMSI), cached until
/// shortly before expiry, refreshed by one caller at a time.
/// </summary>
public sealed class AppCredentials : IDisposable
{
    /// <summary>The scope every Connector token is requested for.</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _httpClient;
    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile CachedToken? _token;

    /// <summary>Creates the credentials; no token is requested until the first send.</summary>
    public AppCredentials(HttpClient httpClient, BotFrameworkAuthenticationOptions options, TimeProvider timeProvider, ILogger<AppCredentials> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The token endpoint: the tenant's for SingleTenant, botframework.com's for MultiTenant.</summary>
    public Uri TokenEndpoint
    {
        get
        {
            var tenant = BotAppTypes.Is(_options.MicrosoftAppType, BotAppTypes.SingleTenant) ? _options.MicrosoftAppTenantId : "botframework.com";
            return new Uri($"{_options.OAuthAuthority.TrimEnd('/')}/{Uri.EscapeDataString(tenant ?? "botframework.com")}/oauth2/v2.0/token");
        }
    }

    /// <summary>
    /// A bearer token for Connector calls, or null when authentication is disabled. Pass the token a Connector
    /// just rejected with 401 as <paramref name="rejectedToken"/> to force one refresh.
    /// </summary>
    /// <exception cref="HttpRequestException">The authority did not issue a token.</exception>
    public async ValueTask<string?> GetTokenAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        if (!_options.IsAuthenticationEnabled)
        {
            return null;
        }

        if (IsUsable(_token, rejectedToken) is { } cached)
        {
            return cached;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Single flight: callers that queued behind a refresh reuse its token.
            if (IsUsable(_token, rejectedToken) is { } fresh)
            {
                return fresh;
            }

            var token = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
            _token = token;
            return token.AccessToken;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Releases the refresh lock.</summary>
    public void Dispose() => _refreshLock.Dispose();

    private string? IsUsable(CachedToken? token, string? rejectedToken) =>
        token is not null && token.AccessToken != rejectedToken && _timeProvider.GetUtcNow() < token.ExpiresAt - RefreshMargin
            ? token.AccessToken
            : null;

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        using var request = BuildRequest();
        var requestedAt = _timeProvider.GetUtcNow();
        using var response = await _httpClient.SendAsync(request, timeout.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogError("Bot token request failed with HTTP {StatusCode}", (int)response.StatusCode);
            throw new HttpRequestException($"Token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var accessToken = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("access_token", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
            if (string.IsNullOrEmpty(accessToken))
            {
                throw new HttpRequestException("Token endpoint answered without access_token.");
            }

            return new CachedToken(accessToken, requestedAt + TimeSpan.FromSeconds(ReadExpiresIn(root)));
        }
        catch (JsonException ex)
        {
            // Callers treat an unusable token answer like an unreachable authority.
            throw new HttpRequestException("Token endpoint answered with invalid JSON.", ex);
        }
    }

    private HttpRequestMessage BuildRequest()
    {
        if (BotAppTypes.Is(_options.MicrosoftAppType, BotAppTypes.UserAssignedMsi))
        {
            var url = $"{_options.ManagedIdentityEndpoint}?api-version=2018-02-01&resource={Uri.EscapeDataString("https://api.botframework.com")}&client_id={Uri.EscapeDataString(_options.MicrosoftAppId!)}";
            var msi = new HttpRequestMessage(HttpMethod.Get, url);
            msi.Headers.Add("Metadata", "true");
            return msi;
        }

        var endpoint = TokenEndpoint;
        KeyValuePair<string, string>[] credential = _options.ClientCertificate is { } certificate
            ?
            [
                new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                new("client_assertion", ClientAssertion.Create(certificate, _options.MicrosoftAppId!, endpoint, _timeProvider.GetUtcNow())),
            ]
            : [new("client_secret", _options.MicrosoftAppPassword ?? string.Empty)];
        return new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", _options.MicrosoftAppId!),
                .. credential,
                new("scope", ConnectorScope),
            ]),
        };
    }

    private static double ReadExpiresIn(JsonElement root)
    {
        // Entra sends a number; the managed identity endpoint sends a string.
        if (root.TryGetProperty("expires_in", out var expires))
        {
            if (expires.ValueKind == JsonValueKind.Number && expires.TryGetDouble(out var seconds))
            {
                return seconds;
            }

            if (expires.ValueKind == JsonValueKind.String && double.TryParse(expires.GetString(), System.Globalization.CultureInfo.InvariantCulture, out seconds))
            {
                return seconds;
            }
        }

        return 3600;
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset ExpiresAt);
}
