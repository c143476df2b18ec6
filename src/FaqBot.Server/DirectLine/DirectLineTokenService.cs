using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.DirectLine;

// Issues and validates our own JWTs (HS256). Only "HS256" is accepted, so "none" or RS/HS confusion cannot pass.
public sealed partial class DirectLineTokenService
{
    private const string Issuer = "faqbot-directline";
    private static readonly byte[] HeaderSegment = Encoding.ASCII.GetBytes(Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8));

    private const int MaxCachedTokens = 20_000;

    private readonly byte[] _key;

    // Tokens already verified (keyed by the whole token, signature included), so each request need not re-verify.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TokenClaims> _verified = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider timeProvider, ILogger<DirectLineTokenService> logger)
    {
        var configured = options.Value.TokenSigningKey;
        if (string.IsNullOrEmpty(configured))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            LogRandomKey(logger);
        }
        else if (configured.Length < 32)
        {
            throw new OptionsValidationException(DirectLineOptions.SectionName, typeof(DirectLineOptions),
                ["DirectLine:TokenSigningKey must be at least 32 characters long."]);
        }
        else
        {
            _key = Encoding.UTF8.GetBytes(configured);
        }

        _timeProvider = timeProvider;
    }

    public string Issue(TokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new TokenPayload(Issuer, claims.ConversationId, claims.UserId, claims.Scope,
                _timeProvider.GetUtcNow().ToUnixTimeSeconds(), claims.ExpiresAt.ToUnixTimeSeconds(), claims.TokenId),
            DirectLineJsonContext.Default.TokenPayload);
        var signingInput = Concat(HeaderSegment, Encoding.ASCII.GetBytes(Base64Url.EncodeToString(payload)));
        var signature = HMACSHA256.HashData(_key, signingInput);
        return Encoding.ASCII.GetString(signingInput) + "." + Base64Url.EncodeToString(signature);
    }

    public TokenStatus Validate(string? token, string requiredScope, out TokenClaims? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return TokenStatus.Invalid;
        }

        if (_verified.TryGetValue(token, out var known))
        {
            if (known.Scope != requiredScope)
            {
                return TokenStatus.Invalid;
            }

            if (_timeProvider.GetUtcNow() >= known.ExpiresAt)
            {
                _verified.TryRemove(token, out _);
                return TokenStatus.Expired;
            }

            claims = known;
            return TokenStatus.Valid;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || !TryDecode(parts[0], out var header) || !TryDecode(parts[1], out var payloadBytes)
            || !TryDecode(parts[2], out var signature))
        {
            return TokenStatus.Invalid;
        }

        var expected = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, signature) || !IsExpectedHeader(header))
        {
            return TokenStatus.Invalid;
        }

        TokenPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(payloadBytes, DirectLineJsonContext.Default.TokenPayload);
        }
        catch (JsonException)
        {
            return TokenStatus.Invalid;
        }

        if (payload is not { Iss: Issuer, Conv.Length: > 0, User.Length: > 0 } || payload.Scope != requiredScope)
        {
            return TokenStatus.Invalid;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.Exp);
        if (_timeProvider.GetUtcNow() >= expiresAt)
        {
            return TokenStatus.Expired;
        }

        claims = new TokenClaims(payload.Conv, payload.User, payload.Scope, expiresAt);
        if (_verified.Count >= MaxCachedTokens)
        {
            _verified.Clear();
        }

        _verified[token] = claims;
        return TokenStatus.Valid;
    }

    private static bool IsExpectedHeader(byte[] header)
    {
        try
        {
            using var document = JsonDocument.Parse(header);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String
                && alg.GetString() == "HS256";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryDecode(string segment, out byte[] bytes)
    {
        bytes = [];
        if (segment.Length == 0 || !Base64Url.IsValid(segment))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(segment);
        return true;
    }

    private static byte[] Concat(byte[] header, byte[] payload)
    {
        var result = new byte[header.Length + 1 + payload.Length];
        header.CopyTo(result, 0);
        result[header.Length] = (byte)'.';
        payload.CopyTo(result, header.Length + 1);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "DirectLine:TokenSigningKey is not configured: using a random per-process key, so tokens won't survive a restart")]
    private static partial void LogRandomKey(ILogger logger);
}
