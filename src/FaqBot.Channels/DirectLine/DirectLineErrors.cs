using System.Net;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// The error responses of the endpoint, with the codes Direct Line clients expect. Auth failures say as little as
/// possible: a forged token, another conversation's token and a bad header all look alike.
/// </summary>
public static class DirectLineErrors
{
    /// <summary>An error response with this status, code and message.</summary>
    public static DirectLineResult Error(HttpStatusCode status, string code, string message, TimeSpan? retryAfter = null) =>
        new((int)status, new ErrorResponse(new ErrorDetail(code, message)), DirectLineJsonContext.Default.ErrorResponse, retryAfter);

    /// <summary>401: no Authorization header.</summary>
    public static DirectLineResult MissingAuthorization() =>
        Error(HttpStatusCode.Unauthorized, "Unauthorized", "Authorization is required.");

    /// <summary>403: the credentials are not valid here (whatever the reason).</summary>
    public static DirectLineResult Forbidden() =>
        Error(HttpStatusCode.Forbidden, "Forbidden", "The credentials do not grant access to this resource.");

    /// <summary>403 TokenExpired: a token of ours, past its expiry (clients refresh or start again).</summary>
    public static DirectLineResult TokenExpired() =>
        Error(HttpStatusCode.Forbidden, "TokenExpired", "Token expired.");

    /// <summary>404: the conversation does not exist (or no longer does).</summary>
    public static DirectLineResult ConversationNotFound() =>
        Error(HttpStatusCode.NotFound, "NotFound", "Conversation not found.");

    /// <summary>400 BadArgument with a message naming what is wrong.</summary>
    public static DirectLineResult BadArgument(string message) =>
        Error(HttpStatusCode.BadRequest, "BadArgument", message);

    /// <summary>413 MessageTooLarge with a message naming the limit.</summary>
    public static DirectLineResult TooLarge(string message) =>
        Error(HttpStatusCode.RequestEntityTooLarge, "MessageTooLarge", message);

    /// <summary>429: over a rate limit; retry after <paramref name="retryAfter"/>.</summary>
    public static DirectLineResult TooManyRequests(TimeSpan retryAfter) =>
        Error(HttpStatusCode.TooManyRequests, "TooManyRequests", "Too many requests; please retry later.", retryAfter);

    /// <summary>503: DirectLine:MaxConversations is reached; retry in a minute.</summary>
    public static DirectLineResult ServiceFull() =>
        Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "Too many conversations are open; please retry later.",
            TimeSpan.FromSeconds(60));

    /// <summary>503: the database does not answer; retry in a few seconds.</summary>
    public static DirectLineResult StorageUnavailable() =>
        Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", "Conversations are briefly unavailable; please retry in a few seconds.",
            TimeSpan.FromSeconds(5));
}
