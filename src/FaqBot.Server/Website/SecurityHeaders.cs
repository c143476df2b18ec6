namespace FaqBot.Server.Website;

public static class SecurityHeaders
{
    // Every response, errors included (set when the response starts, after any handler cleared the headers): no
    // content sniffing. Kestrel's Server header is switched off in FaqBotApp.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
    }
}
