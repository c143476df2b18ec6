using System.Security.Claims;
using FaqBot.Schema.Activities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>
/// Validates the channel's JWT on <c>POST /api/messages</c> as the Bot Framework SDK does (channel path). IdentityModel's
/// <see cref="JsonWebTokenHandler"/> checks the signature (key by kid from <see cref="ChannelSigningKeys"/>), RS256/384/512
/// only, the issuer, the audience (= App ID) and the lifetime with clock skew; FaqBot adds, like the SDK, the key's
/// endorsement of the activity's channel and the serviceurl claim, and refuses a token with a <c>crit</c> header.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    /// <summary>Authentication type of identities built from validated channel tokens.</summary>
    public const string AuthenticationType = "BotFramework";

    /// <summary>The claim that carries the Connector base URL the token is valid for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly ChannelSigningKeys _keys;
    private readonly TimeProvider _timeProvider;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;

    /// <summary>Creates the authenticator.</summary>
    public BotFrameworkAuthenticator(BotFrameworkAuthenticationOptions options, ChannelSigningKeys keys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _keys = keys;
        _timeProvider = timeProvider;
        _parameters = new TokenValidationParameters
        {
            ConfigurationManager = keys.Configuration,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            TryAllIssuerSigningKeys = false,
            ValidAudience = options.MicrosoftAppId,
            // Exactly the channel's issuer: the default would also accept whatever issuer the metadata document names.
            IssuerValidator = ValidateIssuer,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            LifetimeValidator = ValidateLifetime,
            ClockSkew = options.ClockSkew,
            AuthenticationType = AuthenticationType,
        };
    }

    /// <summary>True when no App ID is configured, so requests without an Authorization header are accepted.</summary>
    public bool IsAuthenticationDisabled => !_options.IsAuthenticationEnabled;

    /// <summary>Checks <paramref name="authorizationHeader"/> for <paramref name="activity"/>; never throws on bad input.</summary>
    public async ValueTask<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            if (!IsAuthenticationDisabled)
            {
                return AuthenticationResult.Fail("missing Authorization header");
            }

            // Unauthenticated callers could otherwise make FaqBot post replies to any address (SSRF): with
            // authentication off, replies may only go back to this machine.
            return string.IsNullOrEmpty(activity.ServiceUrl) || LoopbackAddress.IsLoopbackUrl(activity.ServiceUrl)
                ? AuthenticationResult.Success(new ClaimsIdentity())
                : AuthenticationResult.Fail("authentication is off and the serviceUrl is not a loopback address");
        }

        const string Scheme = "Bearer ";
        if (authorizationHeader.Length <= Scheme.Length || !authorizationHeader.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("Authorization header is not a Bearer token");
        }

        if (ReadToken(authorizationHeader[Scheme.Length..].Trim()) is not { } jwt)
        {
            return AuthenticationResult.Fail("malformed token");
        }

        if (CheckHeader(jwt) is { } headerProblem)
        {
            return AuthenticationResult.Fail(headerProblem);
        }

        // With authentication disabled there is no App ID to match, so a presented token is always refused (and no
        // key set is fetched for it).
        if (IsAuthenticationDisabled)
        {
            return AuthenticationResult.Fail("audience is not this bot (no MicrosoftAppId is configured)");
        }

        var result = await _handler.ValidateTokenAsync(jwt, _parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail(TokenFailureReasons.For(result.Exception));
        }

        return await CheckChannelAsync(jwt, activity, cancellationToken).ConfigureAwait(false)
            ?? AuthenticationResult.Success(result.ClaimsIdentity);
    }

    private JsonWebToken? ReadToken(string token)
    {
        try
        {
            return _handler.CanReadToken(token) ? _handler.ReadJsonWebToken(token) : null;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return null;
        }
    }

    // Refused before any key is looked up: alg none, HS* (e.g. HMAC keyed with the public key), ES*, PS*; extensions
    // marked critical (RFC 7515 §4.1.11: FaqBot understands none, so it must reject them); no key id.
    private static string? CheckHeader(JsonWebToken jwt)
    {
        if (Array.IndexOf(AllowedAlgorithms, jwt.Alg) < 0)
        {
            return "token algorithm not allowed";
        }

        if (jwt.TryGetHeaderValue<object>("crit", out _))
        {
            return "token has a crit header naming extensions FaqBot does not understand";
        }

        return string.IsNullOrEmpty(jwt.Kid) ? "token has no key id" : null;
    }

    // The SDK's channel checks after the signature: the signing key is endorsed for the activity's channel, and the
    // token was issued for the activity's serviceUrl (where the reply, with FaqBot's own token, will go).
    private async ValueTask<AuthenticationResult?> CheckChannelAsync(JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        var endorsements = await _keys.GetEndorsementsAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(activity.ChannelId) || endorsements is null || !endorsements.Contains(activity.ChannelId))
        {
            return AuthenticationResult.Fail("signing key not endorsed for the channel");
        }

        if (!jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || string.IsNullOrEmpty(serviceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");
        }

        return null;
    }

    // exp and nbf each with the clock skew, on FaqBot's clock. Unlike IdentityModel's default, a token whose nbf lies
    // after its exp (possible within the skew when the channel's and FaqBot's clocks differ) is judged by each alone.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (expires is not { } expiry)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (now > expiry + parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expiry };
        }

        if (notBefore is { } start && now < start - parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        return true;
    }

    private static string ValidateIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters) =>
        string.Equals(issuer, BotFrameworkAuthenticationOptions.ChannelIssuer, StringComparison.Ordinal)
            ? issuer
            : throw new SecurityTokenInvalidIssuerException("The token's issuer is not the Bot Framework channel service.");
}
