using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// Issues and validates our own Direct Line JWTs with IdentityModel's JsonWebTokenHandler: HS256 only (so "none" or
/// RS/HS confusion cannot pass), keyed with DirectLine:TokenSigningKey, issuer "faqbot-directline". The scope,
/// conversation, user and expiry are checked here, on the server's clock, in that order (a token of the wrong kind is
/// Invalid even when it has also expired).
/// </summary>
public sealed partial class DirectLineTokenService
{
    private const string Issuer = "faqbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string ScopeClaim = "scope";
    private const int MaxCachedTokens = 20_000;

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _signing;
    private readonly TokenValidationParameters _parameters;

    // Tokens already verified (keyed by the whole token, signature included), so each request need not re-verify.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenClaims> _verified = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the service with the configured signing key, or a random one (logged) when none is set.</summary>
    /// <exception cref="OptionsValidationException">The configured key is shorter than 32 characters.</exception>
    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider timeProvider, ILogger<DirectLineTokenService> logger)
    {
        var key = new SymmetricSecurityKey(ReadKey(options.Value.TokenSigningKey, logger));
        _signing = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        _parameters = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            ValidIssuer = Issuer,
            // The tokens are for this endpoint only and carry no audience; the key and issuer say they are ours.
            ValidateAudience = false,
            // Expiry is checked below on the injectable clock, after the scope (see the class comment).
            ValidateLifetime = false,
        };
        _timeProvider = timeProvider;
    }

    /// <summary>A signed token carrying <paramref name="claims"/>.</summary>
    public string Issue(TokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var payload = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ConversationClaim] = claims.ConversationId,
            [UserClaim] = claims.UserId,
            [ScopeClaim] = claims.Scope,
        };
        if (claims.TokenId is { } tokenId)
        {
            // Stream tokens are single-use: the jti makes each one a distinct token.
            payload[JwtRegisteredClaimNames.Jti] = tokenId;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            IssuedAt = _timeProvider.GetUtcNow().UtcDateTime,
            Expires = claims.ExpiresAt.UtcDateTime,
            Claims = payload,
            SigningCredentials = _signing,
        });
    }

    /// <summary>Whether <paramref name="token"/> is ours, of <paramref name="requiredScope"/> and unexpired; its claims when valid.</summary>
    public TokenStatus Validate(string? token, string requiredScope, out TokenClaims? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return TokenStatus.Invalid;
        }

        if (_verified.TryGetValue(token, out var known))
        {
            return Check(token, known, requiredScope, out claims);
        }

        if (Verify(token) is not { } verified)
        {
            return TokenStatus.Invalid;
        }

        var status = Check(token, verified, requiredScope, out claims);
        if (status == TokenStatus.Valid)
        {
            if (_verified.Count >= MaxCachedTokens)
            {
                _verified.Clear();
            }

            _verified[token] = verified;
        }

        return status;
    }

    // Signature, algorithm and issuer by the handler; then the claims every Direct Line token has.
    private TokenClaims? Verify(string token)
    {
        // No configuration manager and no async validators: the handler completes synchronously.
        var result = _handler.ValidateTokenAsync(token, _parameters).GetAwaiter().GetResult();
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversation) || string.IsNullOrEmpty(conversation)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var user) || string.IsNullOrEmpty(user)
            || !jwt.TryGetPayloadValue<string>(ScopeClaim, out var scope) || scope is null
            || !jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var expires))
        {
            return null;
        }

        var tokenId = jwt.TryGetPayloadValue<string>(JwtRegisteredClaimNames.Jti, out var jti) ? jti : null;
        return new TokenClaims(conversation, user, scope, DateTimeOffset.FromUnixTimeSeconds(expires), tokenId);
    }

    private TokenStatus Check(string token, TokenClaims verified, string requiredScope, out TokenClaims? claims)
    {
        claims = null;
        if (verified.Scope != requiredScope)
        {
            return TokenStatus.Invalid;
        }

        if (_timeProvider.GetUtcNow() >= verified.ExpiresAt)
        {
            _verified.TryRemove(token, out _);
            return TokenStatus.Expired;
        }

        claims = verified;
        return TokenStatus.Valid;
    }

    private static byte[] ReadKey(string? configured, ILogger logger)
    {
        if (string.IsNullOrEmpty(configured))
        {
            LogRandomKey(logger);
            return RandomNumberGenerator.GetBytes(32);
        }

        if (configured.Length < 32)
        {
            throw new OptionsValidationException(DirectLineOptions.SectionName, typeof(DirectLineOptions),
                ["DirectLine:TokenSigningKey must be at least 32 characters long."]);
        }

        return Encoding.UTF8.GetBytes(configured);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "DirectLine:TokenSigningKey is not configured: using a random per-process key, so tokens won't survive a restart")]
    private static partial void LogRandomKey(ILogger logger);
}
