using FaqBot.Bot;
using FaqBot.Bot.Authentication;
using FaqBot.Bot.Connector;

namespace FaqBot.Server.BotFramework;

public static class BotFrameworkEndpoints
{
    public const string MessagesPath = "/api/messages";

    // Maps POST /api/messages (other methods answer 405) and warns loudly when authentication is off.
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<BotFrameworkAuthenticationOptions>().IsAuthenticationEnabled)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("FaqBot.Server.BotFramework").LogWarning(
                "!!! MicrosoftAppId is not configured: {Path} accepts requests WITHOUT authentication. "
                + "Use this only for local testing; never expose it in production. !!!", MessagesPath);
        }

        // Map (not MapPost) so that other methods reach the adapter and get 405 as the SDK answers.
        endpoints.Map(MessagesPath, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var adapter = context.RequestServices.GetRequiredService<BotFrameworkAdapter>();
        var bot = context.RequestServices.GetRequiredService<IBot>();
        var result = await adapter.ProcessAsync(
            context.Request.Method, context.Request.Headers.Authorization.ToString(), context.Request.Body, bot, context.RequestAborted);

        context.Response.StatusCode = result.StatusCode;
        if (result.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.GetRawText(), context.RequestAborted);
        }
    }
}
