using FaqBot.Channels.DirectLine;
using FaqBot.Server.RateLimiting;

namespace FaqBot.Server.DirectLine;

// Around every /v3/directline request: nothing in it may be cached (tokens, stream URLs, patients' messages); a
// client whose rejections are over budget gets 429 before any work; each 401/403 answered is counted and logged
// by the RejectionGate (at most once per client and interval).
public sealed class DirectLineGuardMiddleware(RequestDelegate next, RejectionGate gate)
{
    public const string PathPrefix = DirectLineAddress.ApiPath;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "no-store";
        var client = ClientAddress.KeyOf(context);
        if (gate.Blocked(client) is { } wait)
        {
            await DirectLineErrors.TooManyRequests(wait).ToHttpResult().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
        if (context.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
        {
            // The route pattern, not the path: the path holds whatever the client put there.
            var endpoint = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? PathPrefix;
            gate.Record(client, context.Response.StatusCode, $"{context.Request.Method} {endpoint}", "Direct Line credentials");
        }
    }
}
