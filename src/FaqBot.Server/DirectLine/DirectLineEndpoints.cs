using FaqBot.Channels.DirectLine;
using FaqBot.Server.RateLimiting;
using static FaqBot.Server.DirectLine.DirectLineRequest;

namespace FaqBot.Server.DirectLine;

// The Direct Line 3.0 routes: each reads the request, calls the protocol (FaqBot.Channels.DirectLine) and writes its result.
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DirectLineAddress.ApiPath).RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", async (HttpContext context, DirectLineProtocol protocol) =>
            (await protocol.GenerateTokenAsync(Authorization(context.Request), ClientAddress.KeyOf(context), Body(context.Request),
                context.RequestAborted)).ToHttpResult());
        group.MapPost("/tokens/refresh", (HttpContext context, DirectLineProtocol protocol) =>
            protocol.RefreshToken(Authorization(context.Request)).ToHttpResult());
        group.MapPost("/conversations", async (HttpContext context, DirectLineProtocol protocol) =>
            (await protocol.StartConversationAsync(Authorization(context.Request), Address(context.Request), context.RequestAborted))
                .ToHttpResult());
        group.MapGet("/conversations/{conversationId}",
            async (HttpContext context, string conversationId, string? watermark, DirectLineProtocol protocol) =>
                (await protocol.ReconnectAsync(Authorization(context.Request), conversationId, watermark, Address(context.Request),
                    context.RequestAborted)).ToHttpResult());
        group.MapGet("/conversations/{conversationId}/activities",
            async (HttpContext context, string conversationId, string? watermark, DirectLineProtocol protocol) =>
                (await protocol.GetActivitiesAsync(Authorization(context.Request), conversationId, watermark, context.RequestAborted))
                    .ToHttpResult());
        group.MapPost("/conversations/{conversationId}/activities",
            async (HttpContext context, string conversationId, DirectLineProtocol protocol) =>
                (await protocol.PostActivityAsync(Authorization(context.Request), conversationId, Body(context.Request),
                    Address(context.Request), context.RequestAborted)).ToHttpResult());
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.HandleAsync);
        return app;
    }
}
