using System.Net;
using FaqBot.Channels.BotFramework.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;
using MsalResult = Microsoft.Identity.Client.AuthenticationResult;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>
/// The bot's outbound Entra token for Connector calls, from MSAL: client credentials with the app's secret or
/// certificate (SingleTenant, MultiTenant), or the user-assigned managed identity (UserAssignedMSI). MSAL keeps the
/// token in its in-memory cache and renews it before it expires; a token the Connector refused with 401 is renewed
/// at once (one renewal however many callers saw the 401).
/// </summary>
public sealed partial class ConnectorTokenProvider : IDisposable
{
    /// <summary>The scope every Connector token is requested for (client credentials).</summary>
    public const string ConnectorScope = "https://api.botframework.com/.default";

    /// <summary>The resource a managed identity token is requested for.</summary>
    public const string ConnectorResource = "https://api.botframework.com";

    // MSAL renews a cached token that expires within 5 minutes; the hot path reuses the last one until then.
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(5);

    private readonly Func<bool, CancellationToken, Task<MsalResult>>? _acquire;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile MsalResult? _last;

    /// <summary>Creates the provider; no token is requested until the first send.</summary>
    /// <param name="options">The bot's identity.</param>
    /// <param name="httpClientFactory">The HTTP client MSAL uses (tests point it at a local token endpoint).</param>
    /// <param name="logger">Failures are logged here.</param>
    public ConnectorTokenProvider(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory, ILogger<ConnectorTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        Authority = AuthorityFor(options);
        if (!options.IsAuthenticationEnabled)
        {
            return;
        }

        if (BotAppTypes.Is(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi))
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            _acquire = (force, ct) => identity.AcquireTokenForManagedIdentity(ConnectorResource).WithForceRefresh(force).ExecuteAsync(ct);
            return;
        }

        var client = BuildConfidentialClient(options, httpClientFactory, Authority);
        _acquire = (force, ct) => client.AcquireTokenForClient([ConnectorScope]).WithForceRefresh(force).ExecuteAsync(ct);
    }

    /// <summary>The Entra authority: the tenant's for SingleTenant, botframework.com's for MultiTenant.</summary>
    public Uri Authority { get; }

    /// <summary>
    /// A bearer token for Connector calls, or null when authentication is disabled. Pass the token a Connector just
    /// rejected with 401 as <paramref name="rejectedToken"/> to have it renewed.
    /// </summary>
    /// <exception cref="HttpRequestException">The authority did not issue a token.</exception>
    public async ValueTask<string?> GetTokenAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        if (_acquire is null)
        {
            return null;
        }

        if (Usable(_last, rejectedToken) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Single flight: callers that queued behind a renewal reuse its token.
            if (Usable(_last, rejectedToken) is { } fresh)
            {
                return fresh;
            }

            var result = await AcquireAsync(force: false, cancellationToken).ConfigureAwait(false);
            if (rejectedToken is not null && result.AccessToken == rejectedToken)
            {
                // MSAL's cache still holds the refused token: skip the cache this once.
                result = await AcquireAsync(force: true, cancellationToken).ConfigureAwait(false);
            }

            _last = result;
            return result.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Releases the single-flight lock.</summary>
    public void Dispose() => _gate.Dispose();

    private static string? Usable(MsalResult? result, string? rejectedToken) =>
        result is not null && result.AccessToken != rejectedToken && DateTimeOffset.UtcNow < result.ExpiresOn - RenewalMargin
            ? result.AccessToken
            : null;

    private async Task<MsalResult> AcquireAsync(bool force, CancellationToken cancellationToken)
    {
        try
        {
            return await _acquire!(force, cancellationToken).ConfigureAwait(false);
        }
        catch (MsalServiceException ex)
        {
            LogTokenRequestFailed(ex.StatusCode, ex.ErrorCode);
            throw new HttpRequestException($"The token endpoint answered {ex.StatusCode} ({ex.ErrorCode}).", ex, (HttpStatusCode)ex.StatusCode);
        }
        catch (MsalException ex)
        {
            // Unreachable authority, bad certificate, managed identity not available here: callers treat all alike.
            LogTokenRequestFailed(0, ex.ErrorCode);
            throw new HttpRequestException($"No token could be obtained ({ex.ErrorCode}).", ex);
        }
    }

    private static IConfidentialClientApplication BuildConfidentialClient(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory, Uri authority)
    {
        // A loopback authority is a local test endpoint that Entra's instance discovery cannot know; every other
        // authority is validated and discovered as MSAL does by default.
        var isLocal = authority.IsLoopback;
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithAuthority(authority.AbsoluteUri, validateAuthority: !isLocal)
            .WithInstanceDiscovery(!isLocal)
            .WithHttpClientFactory(httpClientFactory);
        builder = options.ClientCertificate is { } certificate
            ? builder.WithCertificate(certificate)
            : builder.WithClientSecret(options.MicrosoftAppPassword ?? string.Empty);
        return builder.Build();
    }

    private static Uri AuthorityFor(BotFrameworkAuthenticationOptions options)
    {
        var tenant = BotAppTypes.Is(options.MicrosoftAppType, BotAppTypes.SingleTenant) ? options.MicrosoftAppTenantId : null;
        return new Uri($"{options.OAuthAuthority.TrimEnd('/')}/{Uri.EscapeDataString(tenant ?? "botframework.com")}/");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot token request failed with HTTP {StatusCode} ({ErrorCode})")]
    private partial void LogTokenRequestFailed(int statusCode, string errorCode);
}
