using FaqBot.Channels.DirectLine;
using FaqBot.Server.RateLimiting;

namespace FaqBot.Server.DirectLine;

// Writes what the Direct Line protocol decided as the HTTP response: the status, Retry-After when the client is asked
// to wait, and the JSON body.
public static class DirectLineHttpResults
{
    public static IResult ToHttpResult(this DirectLineResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new Written(result);
    }

    private sealed class Written(DirectLineResult result) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            if (result.RetryAfter is { } wait)
            {
                httpContext.Response.Headers.RetryAfter = RetryAfter.Seconds(wait);
            }

            return Results.Json(result.Body, result.BodyType, statusCode: result.StatusCode).ExecuteAsync(httpContext);
        }
    }
}
