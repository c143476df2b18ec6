using System.Text.Json;
using FaqBot.Server.RateLimiting;

namespace FaqBot.Server.DirectLine;

public sealed partial class DirectLineService
{
    // No Authorization: a website visitor gets a token bound to a NEW conversation (rate-limited per client).
    // With the secret: the same, for a server-to-server caller, which may choose the dl_ user id.
    public async Task<IResult> GenerateTokenAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var isSecret = false;
        if (DirectLineAuthorizer.HasAuthorization(context.Request))
        {
            if (!authorizer.TryAuthorize(context.Request, out var caller, out var error))
            {
                return error;
            }

            if (!caller.IsSecret)
            {
                return DirectLineErrors.Forbidden();
            }

            isSecret = true;
        }
        else if (rateLimiter.TryAcquireToken(ClientAddress.KeyOf(context)) is { } retryAfter)
        {
            return DirectLineErrors.TooManyRequests(context, retryAfter);
        }

        var body = await ReadBodyAsync(context.Request, 4096, context.RequestAborted).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var userId = NewUserId();
        if (body.Bytes.Length > 0)
        {
            TokenGenerateRequest? request;
            try
            {
                request = JsonSerializer.Deserialize(body.Bytes, DirectLineJsonContext.Default.TokenGenerateRequest);
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
        return TypedResults.Json(new TokenResponse(conversationId, token, expiresIn), DirectLineJsonContext.Default.TokenResponse);
    }

    public IResult RefreshToken(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!authorizer.TryAuthorize(context.Request, out var caller, out var error))
        {
            return error;
        }

        if (caller.Claims is not { } claims)
        {
            return DirectLineErrors.BadArgument("Only a token can be refreshed.");
        }

        var (token, expiresIn) = IssueToken(claims.ConversationId, claims.UserId);
        return TypedResults.Json(new TokenResponse(claims.ConversationId, token, expiresIn), DirectLineJsonContext.Default.TokenResponse);
    }

    private static bool IsValidUserId(string id) =>
        id.Length is > 3 and <= 64 && id.StartsWith("dl_", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
