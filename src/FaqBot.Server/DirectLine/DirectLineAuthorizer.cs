using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.DirectLine;

// Reads "Authorization: Bearer <secret or token>" and says who is calling, or which error to answer.
public sealed class DirectLineAuthorizer(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    private readonly byte[]? _secret = string.IsNullOrEmpty(options.Value.Secret) ? null : Encoding.UTF8.GetBytes(options.Value.Secret);

    public static bool HasAuthorization(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.Count > 0;
    }

    public bool TryAuthorize(HttpRequest request, out DirectLineCaller caller, out IResult error)
    {
        ArgumentNullException.ThrowIfNull(request);
        caller = new DirectLineCaller(false, null, null);
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            error = DirectLineErrors.MissingAuthorization();
            return false;
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 4096)
        {
            error = DirectLineErrors.Forbidden();
            return false;
        }

        var credential = header["Bearer ".Length..].Trim();
        if (_secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret))
        {
            caller = new DirectLineCaller(true, null, null);
            error = Results.Empty;
            return true;
        }

        switch (tokens.Validate(credential, TokenClaims.ConversationScope, out var claims))
        {
            case TokenStatus.Valid:
                caller = new DirectLineCaller(false, claims, credential);
                error = Results.Empty;
                return true;
            case TokenStatus.Expired:
                error = DirectLineErrors.TokenExpired();
                return false;
            default:
                error = DirectLineErrors.Forbidden();
                return false;
        }
    }

    // Authorizes and checks the caller may use this conversation; the conversation's existence is not revealed here.
    public bool TryAuthorize(HttpRequest request, string conversationId, out DirectLineCaller caller, out IResult error)
    {
        if (!TryAuthorize(request, out caller, out error))
        {
            return false;
        }

        if (!caller.MayAccess(conversationId))
        {
            error = DirectLineErrors.Forbidden();
            return false;
        }

        return true;
    }
}
