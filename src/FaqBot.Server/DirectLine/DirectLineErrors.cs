using FaqBot.Server.RateLimiting;

namespace FaqBot.Server.DirectLine;

// The error responses of the endpoint. Auth failures say as little as possible: a forged token, another
// conversation's token and a bad header all look alike.
public static class DirectLineErrors
{
    public static IResult Error(int statusCode, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJsonContext.Default.ErrorResponse,
            statusCode: statusCode);

    public static IResult MissingAuthorization() =>
        Error(StatusCodes.Status401Unauthorized, "Unauthorized", "Authorization is required.");

    public static IResult Forbidden() =>
        Error(StatusCodes.Status403Forbidden, "Forbidden", "The credentials do not grant access to this resource.");

    public static IResult TokenExpired() =>
        Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static IResult ConversationNotFound() =>
        Error(StatusCodes.Status404NotFound, "NotFound", "Conversation not found.");

    public static IResult BadArgument(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult TooLarge(string message) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageTooLarge", message);

    public static IResult TooManyRequests(HttpContext context, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = RetryAfter.Seconds(retryAfter);
        return Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests; please retry later.");
    }

    public static IResult ServiceFull(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = "60";
        return Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Too many conversations are open; please retry later.");
    }

    public static IResult StorageUnavailable(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = "5";
        return Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Conversations are briefly unavailable; please retry in a few seconds.");
    }
}
