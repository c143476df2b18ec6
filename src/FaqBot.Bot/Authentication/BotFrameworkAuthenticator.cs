using System.Security.Claims;
using System.Security.Cryptography;
using FaqBot.Bot.Schema;

namespace FaqBot.Bot.Authentication;

/// <summary>
/// Validates the channel's JWT on <c>POST /api/messages</c> as the Bot Framework SDK does (channel path):
/// Bearer scheme, RS256/384/512 only, issuer, audience = App ID, lifetime with clock skew, signature by the
/// JWKS key named by kid, the key's endorsement of the channel, and the serviceurl claim.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    /// <summary>Authentication type of identities built from validated channel tokens.</summary>
    public const string AuthenticationType = "BotFramework";

    /// <summary>The claim that carries the Connector base URL the token is valid for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly SigningKeyCache _keys;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the authenticator.</summary>
    public BotFrameworkAuthenticator(BotFrameworkAuthenticationOptions options, SigningKeyCache keys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _keys = keys;
        _timeProvider = timeProvider;
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

        if (!JsonWebToken.TryParse(authorizationHeader[Scheme.Length..].Trim(), out var jwt))
        {
            return AuthenticationResult.Fail("malformed token");
        }

        using (jwt)
        {
            return await ValidateAsync(jwt, activity, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<AuthenticationResult> ValidateAsync(JsonWebToken jwt, Activity activity, CancellationToken cancellationToken)
    {
        var hash = jwt.GetHeaderString("alg") switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (hash.Name is null)
        {
            // alg none, HS* (e.g. HMAC keyed with the public key), ES*, PS*: refused before any key is used.
            return AuthenticationResult.Fail("token algorithm not allowed");
        }

        // Issuer is read unverified first so an unknown issuer is rejected without a key lookup.
        if (!string.Equals(jwt.GetClaim("iss"), BotFrameworkAuthenticationOptions.ChannelIssuer, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail("issuer not trusted");
        }

        var keyId = jwt.GetHeaderString("kid");
        if (string.IsNullOrEmpty(keyId))
        {
            return AuthenticationResult.Fail("token has no key id");
        }

        var key = await _keys.GetKeyAsync(keyId, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticationResult.Fail("signing key unknown");
        }

        if (!key.Rsa.VerifyData(jwt.SignedBytes, jwt.Signature, hash, RSASignaturePadding.Pkcs1))
        {
            return AuthenticationResult.Fail("signature invalid");
        }

        return ValidateClaims(jwt, key, activity);
    }

    private AuthenticationResult ValidateClaims(JsonWebToken jwt, SigningKey key, Activity activity)
    {
        var now = _timeProvider.GetUtcNow();
        if (jwt.GetTime("exp") is not { } expires)
        {
            return AuthenticationResult.Fail("token has no expiry");
        }

        if (now > expires + _options.ClockSkew)
        {
            return AuthenticationResult.Fail("token expired");
        }

        if (jwt.GetTime("nbf") is { } notBefore && now < notBefore - _options.ClockSkew)
        {
            return AuthenticationResult.Fail("token not yet valid");
        }

        // With authentication disabled there is no App ID to match, so a presented token is always refused.
        if (IsAuthenticationDisabled || !jwt.HasAudience(_options.MicrosoftAppId!))
        {
            return AuthenticationResult.Fail("audience is not this bot");
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || key.Endorsements is null || !key.Endorsements.Contains(activity.ChannelId))
        {
            return AuthenticationResult.Fail("signing key not endorsed for the channel");
        }

        var serviceUrl = jwt.GetClaim(ServiceUrlClaim);
        if (string.IsNullOrEmpty(serviceUrl) || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("serviceurl claim does not match the activity");
        }

        return AuthenticationResult.Success(BuildIdentity(jwt));
    }

    private static ClaimsIdentity BuildIdentity(JsonWebToken jwt)
    {
        var claims = new List<Claim>();
        foreach (var property in jwt.Payload.EnumerateObject())
        {
            if (property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                claims.Add(new Claim(property.Name, property.Value.GetString()!, ClaimValueTypes.String, BotFrameworkAuthenticationOptions.ChannelIssuer));
            }
        }

        return new ClaimsIdentity(claims, AuthenticationType);
    }
}
