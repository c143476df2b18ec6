namespace FaqBot.Server.DirectLine;

public static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", (HttpContext context, DirectLineService service) => service.GenerateTokenAsync(context));
        group.MapPost("/tokens/refresh", (HttpContext context, DirectLineService service) => service.RefreshToken(context));
        group.MapPost("/conversations", (HttpContext context, DirectLineService service) => service.StartConversationAsync(context));
        group.MapGet("/conversations/{conversationId}",
            (HttpContext context, string conversationId, string? watermark, DirectLineService service) =>
                service.ReconnectAsync(context, conversationId, watermark));
        group.MapGet("/conversations/{conversationId}/activities",
            (HttpContext context, string conversationId, string? watermark, DirectLineService service) =>
                service.GetActivitiesAsync(context, conversationId, watermark));
        group.MapPost("/conversations/{conversationId}/activities",
            (HttpContext context, string conversationId, DirectLineService service) => service.PostActivityAsync(context, conversationId));
        group.MapGet("/conversations/{conversationId}/stream",
            (HttpContext context, string conversationId, string? t, string? watermark, DirectLineService service) =>
                service.StreamAsync(context, conversationId, t, watermark));
        return app;
    }
}
