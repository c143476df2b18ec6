using System.Diagnostics;

namespace FaqBot.Server.Logging;

// ASP.NET Core's own request lines (Microsoft.AspNetCore.Hosting.Diagnostics, Information) print the raw query
// string, and with it a stream URL's token. They are held at Warning whatever the configuration says, and this
// middleware logs the same facts with credentials redacted, at Debug under FaqBot.Server.Requests.
public static partial class RequestLogging
{
    public const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";
    public const string Category = "FaqBot.Server.Requests";

    public static ILoggingBuilder HoldHostingRequestLines(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        return logging.AddFilter(HostingCategory, LogLevel.Warning);
    }

    public static IApplicationBuilder UseRedactedRequestLogging(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Debug))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                LogRequest(logger, context.Request.Method, UrlRedaction.PathAndQuery(context.Request.Path, context.Request.QueryString),
                    context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Url} answered {Status} in {Milliseconds:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string url, int status, double milliseconds);
}
