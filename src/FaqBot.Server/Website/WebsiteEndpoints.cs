using FaqBot.Server.Storage;
using FaqBot.Server.Answering;

namespace FaqBot.Server.Website;

public static class WebsiteEndpoints
{
    public static IEndpointRouteBuilder MapWebsite(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, WebsiteContent content) =>
        {
            context.Response.Headers.ContentSecurityPolicy = content.ContentSecurityPolicy;
            context.Response.Headers.CacheControl = "no-cache";
            return TypedResults.Content(content.ChatPage, "text/html; charset=utf-8");
        });
        app.MapGet("/widget.js", (HttpContext context, WebsiteContent content) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=300";
            return TypedResults.Content(content.WidgetScript, "text/javascript; charset=utf-8");
        });
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        // Ready = the index is loaded and the database answers; a load balancer sends visitors elsewhere otherwise.
        app.MapGet("/readyz", (ReadinessState readiness, StorageHealth storage) =>
            !readiness.IsReady ? Results.Text("loading", statusCode: StatusCodes.Status503ServiceUnavailable)
            : !storage.IsAvailable ? Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ready"));
        return app;
    }
}
