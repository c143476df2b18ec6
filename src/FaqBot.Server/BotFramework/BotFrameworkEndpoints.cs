using FaqBot.Bot;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Server.RateLimiting;

namespace FaqBot.Server.BotFramework;

public static class BotFrameworkEndpoints
{
    public const string MessagesPath = "/api/messages";

    // Maps POST /api/messages (other methods answer 405) only when it can be safe: with an App ID, every request
    // must carry a channel token; without one, only the explicit development opt-in serves it, to this machine.
    // Otherwise the path is not mapped at all (404): a website-only clinic exposes no Bot Framework endpoint.
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<BotFrameworkAuthenticationOptions>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("FaqBot.Server.BotFramework");
        if (options.IsAuthenticationEnabled)
        {
            // Map (not MapPost) so that other methods reach the adapter and get 405 as the SDK answers.
            endpoints.Map(MessagesPath, HandleAsync);
            return endpoints;
        }

        if (!options.AllowUnauthenticatedLoopback)
        {
            logger.LogInformation(
                "Teams channel off: {AppIdKey} is not set, so {Path} is not served (website only).",
                BotFrameworkServiceExtensions.AppIdKey, MessagesPath);
            return endpoints;
        }

        logger.LogWarning(
            "!!! {AppIdKey} is not configured and {OptInKey} is true: {Path} accepts requests WITHOUT authentication "
            + "from this machine only, replying only to loopback serviceUrls. Local testing only. !!!",
            BotFrameworkServiceExtensions.AppIdKey, BotFrameworkServiceExtensions.AllowUnauthenticatedLoopbackKey, MessagesPath);
        endpoints.Map(MessagesPath, HandleLoopbackOnlyAsync);
        return endpoints;
    }

    // RemoteIpAddress is the client's after UseForwardedHeaders, so a request relayed by a local proxy is not "local".
    private static Task HandleLoopbackOnlyAsync(HttpContext context)
    {
        if (!LoopbackAddress.IsLoopback(context.Connection.RemoteIpAddress))
        {
            context.RequestServices.GetRequiredService<RejectionGate>()
                .Record(ClientAddress.KeyOf(context), StatusCodes.Status403Forbidden, MessagesPath, "not from this machine");
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return HandleAsync(context);
    }

    // Per client: a request budget, and none at all while its rejections are over their budget (429 before any
    // parsing or token check). Rejections are logged by the gate, at most once per client and interval.
    private static async Task HandleAsync(HttpContext context)
    {
        var client = ClientAddress.KeyOf(context);
        var gate = context.RequestServices.GetRequiredService<RejectionGate>();
        if ((gate.Blocked(client) ?? context.RequestServices.GetRequiredService<RequestRateLimiter>().TryAcquireBotRequest(client)) is { } wait)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = RetryAfter.Seconds(wait);
            return;
        }

        var adapter = context.RequestServices.GetRequiredService<BotFrameworkAdapter>();
        var bot = context.RequestServices.GetRequiredService<IBot>();
        var result = await adapter.ProcessAsync(
            context.Request.Method, context.Request.Headers.Authorization.ToString(), context.Request.Body, bot, context.RequestAborted);
        if (result.StatusCode == StatusCodes.Status401Unauthorized)
        {
            gate.Record(client, result.StatusCode, MessagesPath, result.FailureReason);
        }

        context.Response.StatusCode = result.StatusCode;
        if (result.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.GetRawText(), context.RequestAborted);
        }
    }
}
