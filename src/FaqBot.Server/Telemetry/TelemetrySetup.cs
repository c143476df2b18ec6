using FaqBot.Bot.Telemetry;
using FaqBot.Server.Logging;
using FaqBot.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FaqBot.Server.Telemetry;

// The only place OpenTelemetry is wired: FaqBot's own meters (System.Diagnostics.Metrics in Bot, Storage and
// Server), ASP.NET Core, HttpClient and runtime instrumentation; a Prometheus scrape endpoint and/or an OTLP push.
public static class TelemetrySetup
{
    public static TelemetryOptions Read(IConfiguration configuration) =>
        configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();

    public static IServiceCollection AddFaqBotTelemetry(this IServiceCollection services, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return services;
        }

        _ = options.PrometheusPort;
        services.AddSingleton<ServerMetrics>();
        var telemetry = services.AddOpenTelemetry();
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddMeter(BotTelemetry.Name, StorageMetrics.MeterName, ServerMetrics.MeterName)
                .AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation();
            if (options.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }

            if (Otlp(options) is { } endpoint)
            {
                metrics.AddOtlpExporter(o => o.Endpoint = endpoint);
            }
        });
        if (Otlp(options) is { } traceEndpoint)
        {
            telemetry.WithTracing(tracing => tracing.AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (activity, request) =>
                    activity.SetTag("url.query", request.QueryString.HasValue
                        ? UrlRedaction.PathAndQuery(PathString.Empty, request.QueryString) : null))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = traceEndpoint));
        }

        return services;
    }

    // The scrape endpoint; with PrometheusUrl, only on that port, and that port serves nothing else.
    public static IApplicationBuilder UseFaqBotTelemetry(this IApplicationBuilder app, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return app;
        }

        // ServerMetrics itself is created by the start-up sequence once storage is open (its gauges read the store).
        if (!options.Prometheus)
        {
            return app;
        }

        var port = options.PrometheusPort;
        var path = new PathString(options.PrometheusPath);
        if (port is { } metricsPort)
        {
            app.Use((context, next) =>
            {
                if (context.Connection.LocalPort == metricsPort && !context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }

                return next(context);
            });
        }

        return app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase) && (port is null || context.Connection.LocalPort == port));
    }

    // With a separate scrape address, the server listens on the site's addresses and that one.
    public static string[]? ListenUrls(IConfiguration configuration, TelemetryOptions options, string defaultUrl)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Prometheus || string.IsNullOrWhiteSpace(options.PrometheusUrl))
        {
            return null;
        }

        var site = configuration["urls"] is { Length: > 0 } urls ? urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [defaultUrl];
        return [.. site, options.PrometheusUrl.Trim()];
    }

    private static Uri? Otlp(TelemetryOptions options) =>
        string.IsNullOrWhiteSpace(options.OtlpEndpoint) ? null : new Uri(options.OtlpEndpoint, UriKind.Absolute);
}
