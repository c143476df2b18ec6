using FaqBot.Server.Answering;
using FaqBot.Server.BotFramework;
using FaqBot.Server.DirectLine;
using FaqBot.Server.Extensions;
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

            // The content root is the shell's folder (for the top-level appsettings.json); the web assets sit
            // next to the binaries, where the build puts them.
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddFaqAnswering(configuration);
        builder.Services.AddFaqBotStorage(configuration, builder.Environment.ContentRootPath);
        builder.Services.AddFaqBot(configuration);
        builder.Services.AddDirectLine(configuration);
        builder.Services.AddBotFramework(configuration);
        builder.Services.AddOptions<WebsiteOptions>().Bind(configuration.GetSection(WebsiteOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WebsiteContent>();
        builder.Services.AddSingleton<ReadinessState>();
        builder.Services.AddHostedService<AnswererWarmup>();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();

        // Build the token service now: a short signing key fails at startup, a missing one is warned about at once.
        app.Services.GetRequiredService<DirectLineTokenService>();

        // Load the embedding model now: a missing model file stops start-up, naming the file and its NuGet package.
        _ = app.Services.GetRequiredService<FaqBot.Server.Answering.SentenceEncoderHolder>().Encoder;
        app.UseForwardedHeaders(ForwardedHeadersSetup.Create(app.Services.GetRequiredService<IOptions<WebsiteOptions>>().Value.TrustedProxies));
        app.UseExceptionHandler(error => error.Run(context =>
        {
            // The database being away is not a bug: clients are told to come back (answers themselves need no database).
            if (context.Features.Get<IExceptionHandlerFeature>()?.Error is StorageUnavailableException)
            {
                return DirectLineErrors.StorageUnavailable(context).ExecuteAsync(context);
            }

            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return DirectLineErrors.Error(500, "InternalError", "Something went wrong.").ExecuteAsync(context);
        }));
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.MapDirectLine();
        app.MapBotFramework();
        app.MapWebsite();
        return app;
    }
}
