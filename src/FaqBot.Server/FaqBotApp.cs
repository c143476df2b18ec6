using System.Net;
using FaqBot.Channels.DirectLine;
using FaqBot.Server.Answering;
using FaqBot.Server.BotFramework;
using FaqBot.Server.Configuration;
using FaqBot.Server.DirectLine;
using FaqBot.Server.Extensions;
using FaqBot.Server.Logging;
using FaqBot.Server.Startup;
using FaqBot.Server.Telemetry;
using FaqBot.Server.Website;
using FaqBot.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace FaqBot.Server;

// Builds the whole server: answering, bot, Direct Line, Bot Framework (Teams) channel, website. Program.cs only calls Create and Run.
public static class FaqBotApp
{
    public const string DefaultUrl = "http://localhost:3978";

    public static WebApplication Create(string[] args) => Create(args, null);

    // configureServices runs last, so tests can replace registrations (e.g. TimeProvider).
    public static WebApplication Create(string[] args, Action<IServiceCollection>? configureServices)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,

            // Named after this assembly whatever hosts it (tests run in testhost), so the static web assets manifests
            // FaqBot.Server.staticwebassets.*.json are found.
            ApplicationName = typeof(FaqBotApp).Assembly.GetName().Name,

            // The content root is the shell's folder (for the top-level appsettings.json); the web assets sit
            // next to the binaries, where the build puts them.
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        StaticAssetsSetup.UseBuildOutputAssets(builder);
        var configuration = builder.Configuration;
        var telemetry = TelemetrySetup.Read(configuration);
        if (TelemetrySetup.ListenUrls(configuration, telemetry, DefaultUrl) is { } withScrape)
        {
            builder.WebHost.UseUrls(withScrape);
        }
        else if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.HoldHostingRequestLines();

        // A failed start is reported in one line by Program (StartupFailure); the host's own "failed to start" error
        // would repeat it with a stack trace. Its Critical lines (a background service stopping the host) still show.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddStartupSequence(); // first: its first steps run before any other hosted service starts
        builder.Services.AddFaqAnswering(configuration);
        builder.Services.AddFaqBotStorage(configuration);
        builder.Services.AddFaqBot(configuration);
        builder.Services.AddDirectLine(configuration);
        builder.Services.AddBotFramework(configuration, builder.Environment.IsDevelopment());
        builder.Services.AddValidatedOptions<WebsiteOptions>(configuration, WebsiteOptions.SectionName);
        builder.Services.AddSingleton(_ => StaticAssetRoutes.Load(StaticAssetRoutes.ManifestPath));
        builder.Services.AddSingleton<WebsiteContent>();
        builder.Services.AddSingleton<PatientPages>();
        builder.Services.AddFaqBotTelemetry(telemetry);
        configureServices?.Invoke(builder.Services);

        // Nothing is opened or loaded here: the start-up sequence (StartupService) does that when the host starts.
        var app = builder.Build();
        ConfigurePipeline(app, telemetry);
        return app;
    }

    // Headers and the redacted request log first (they see every response), then the scrape endpoint, proxies'
    // addresses, errors, and the endpoints; the Direct Line guard runs inside routing, after CORS.
    private static void ConfigurePipeline(WebApplication app, TelemetryOptions telemetry)
    {
        app.UseSecurityHeaders();
        app.UseRedactedRequestLogging();
        app.UseFaqBotTelemetry(telemetry);
        app.UseForwardedHeaders(ForwardedHeadersSetup.Create(app.Services.GetRequiredService<IOptions<WebsiteOptions>>().Value.TrustedProxies));
        app.UseExceptionHandler(error => error.Run(context =>
        {
            // The database being away is not a bug: clients are told to come back (answers themselves need no database).
            if (context.Features.Get<IExceptionHandlerFeature>()?.Error is StorageUnavailableException)
            {
                return DirectLineErrors.StorageUnavailable().ToHttpResult().ExecuteAsync(context);
            }

            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return DirectLineErrors.Error(HttpStatusCode.InternalServerError, "InternalError", "Something went wrong.").ToHttpResult()
                .ExecuteAsync(context);
        }));
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseRouting();
        app.UseCors();
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DirectLineGuardMiddleware.PathPrefix, StringComparison.OrdinalIgnoreCase),
            directLine => directLine.UseMiddleware<DirectLineGuardMiddleware>());
        app.MapDirectLine();
        app.MapBotFramework();
        app.MapStaticAssets(StaticAssetRoutes.ManifestPath);
        app.MapWebsite();
    }
}
