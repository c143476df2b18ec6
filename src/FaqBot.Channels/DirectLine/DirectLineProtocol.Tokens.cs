using System.Text.Json;

namespace FaqBot.Channels.DirectLine;

public sealed partial class DirectLineProtocol
{
    /// <summary>
    /// POST tokens/generate. No Authorization (null): a website visitor gets a token bound to a NEW conversation,
    /// rate-limited per <paramref name="clientKey"/>. With the secret: the same, for a server-to-server caller, which may
    /// choose the dl_ user id in the body. A conversation token is refused.
    /// </summary>
    public async Task<DirectLineResult> GenerateTokenAsync(string? authorization, string clientKey, DirectLineBody body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var isSecret = false;
        if (authorization is not null)
        {
            if (!_authorizer.TryAuthorize(authorization, out var caller, out var error))
            {
                return error;
            }

            if (!caller.IsSecret)
            {
                return DirectLineErrors.Forbidden();
            }

            isSecret = true;
        }
        else if (_rateLimits.TryAcquireToken(clientKey) is { } retryAfter)
        {
            return DirectLineErrors.TooManyRequests(retryAfter);
        }

        var (bytes, tooLarge) = await body.ReadAsync(4096, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var userId = NewUserId();
        if (bytes.Length > 0)
        {
            TokenGenerateRequest? request;
            try
            {
                request = JsonSerializer.Deserialize(bytes, DirectLineJsonContext.Default.TokenGenerateRequest);
            }
            catch (JsonException)
            {
                return DirectLineErrors.BadArgument("The request body is not valid JSON.");
            }

            if (isSecret && request?.User?.Id is { } requested)
            {
                if (!IsValidUserId(requested))
                {
                    return DirectLineErrors.BadArgument("user.id must start with dl_ and use letters, digits, - or _ only.");
                }

                userId = requested;
            }
        }

        var conversationId = NewConversationId();
        var (token, expiresIn) = IssueToken(conversationId, userId);
        return DirectLineResult.Json(new TokenResponse(conversationId, token, expiresIn), DirectLineJsonContext.Default.TokenResponse);
    }

    /// <summary>POST tokens/refresh: a new token for the same conversation and user; only a valid token can be refreshed.</summary>
    public DirectLineResult RefreshToken(string? authorization)
    {
        if (!_authorizer.TryAuthorize(authorization, out var caller, out var error))
        {
            return error;
        }

        if (caller.Claims is not { } claims)
        {
            return DirectLineErrors.BadArgument("Only a token can be refreshed.");
        }

        var (token, expiresIn) = IssueToken(claims.ConversationId, claims.UserId);
        return DirectLineResult.Json(new TokenResponse(claims.ConversationId, token, expiresIn), DirectLineJsonContext.Default.TokenResponse);
    }

    private static bool IsValidUserId(string id) =>
        id.Length is > 3 and <= 64 && id.StartsWith("dl_", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
