using FaqBot.Server.Persistence;
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
        // The icon in the clinic's colour and initials; /favicon.ico (asked for by browsers and tools that never read
        // the page's <link>) points to it.
        app.MapGet("/favicon.svg", (HttpContext context, WebsiteContent content) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return TypedResults.Content(content.Favicon, "image/svg+xml");
        });
        app.MapGet("/favicon.ico", () => TypedResults.Redirect("favicon.svg", permanent: true));
        // The patient pages, or the clinic's own when Website:PrivacyUrl / TermsUrl name them.
        app.MapGet("/privacy", (HttpContext context, PatientPages pages, Microsoft.Extensions.Options.IOptions<WebsiteOptions> website) =>
            PatientPage(context, pages.Privacy, website.Value.PrivacyUrl));
        app.MapGet("/terms", (HttpContext context, PatientPages pages, Microsoft.Extensions.Options.IOptions<WebsiteOptions> website) =>
            PatientPage(context, pages.Terms, website.Value.TermsUrl));
        app.MapGet("/healthz", () => TypedResults.Text("ok"));
        // Ready = the index is loaded and the database answers; a load balancer sends visitors elsewhere otherwise.
        app.MapGet("/readyz", (ReadinessState readiness, StorageHealth storage) =>
            !readiness.IsReady ? Results.Text("loading", statusCode: StatusCodes.Status503ServiceUnavailable)
            : !storage.IsAvailable ? Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("ready"));
        return app;
    }

    private static IResult PatientPage(HttpContext context, string page, string? configuredUrl)
    {
        if (!string.IsNullOrWhiteSpace(configuredUrl))
        {
            return TypedResults.Redirect(configuredUrl);
        }

        context.Response.Headers.ContentSecurityPolicy = PatientPages.ContentSecurityPolicy;
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }
}
