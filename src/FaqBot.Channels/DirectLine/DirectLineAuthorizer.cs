using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Channels.DirectLine;

/// <summary>Reads "Authorization: Bearer &lt;secret or token&gt;" and says who is calling, or which error to answer.</summary>
public sealed class DirectLineAuthorizer(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    private readonly byte[]? _secret = string.IsNullOrEmpty(options.Value.Secret) ? null : Encoding.UTF8.GetBytes(options.Value.Secret);

    /// <summary>
    /// Authorizes the Authorization header's value (null when the request has none; several headers joined by commas).
    /// </summary>
    public bool TryAuthorize(string? authorization, [NotNullWhen(true)] out DirectLineCaller? caller, [NotNullWhen(false)] out DirectLineResult? error)
    {
        caller = null;
        error = null;
        if (string.IsNullOrEmpty(authorization))
        {
            error = DirectLineErrors.MissingAuthorization();
            return false;
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length > 4096)
        {
            error = DirectLineErrors.Forbidden();
            return false;
        }

        var credential = authorization["Bearer ".Length..].Trim();
        if (_secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret))
        {
            caller = new DirectLineCaller(true, null, null);
            return true;
        }

        switch (tokens.Validate(credential, TokenClaims.ConversationScope, out var claims))
        {
            case TokenStatus.Valid:
                caller = new DirectLineCaller(false, claims, credential);
                return true;
            case TokenStatus.Expired:
                error = DirectLineErrors.TokenExpired();
                return false;
            default:
                error = DirectLineErrors.Forbidden();
                return false;
        }
    }

    /// <summary>Authorizes and checks the caller may use this conversation; the conversation's existence is not revealed here.</summary>
    public bool TryAuthorize(string? authorization, string conversationId,
        [NotNullWhen(true)] out DirectLineCaller? caller, [NotNullWhen(false)] out DirectLineResult? error)
    {
        if (!TryAuthorize(authorization, out caller, out error))
        {
            return false;
        }

        if (!caller.MayAccess(conversationId))
        {
            caller = null;
            error = DirectLineErrors.Forbidden();
            return false;
        }

        return true;
    }
}
