using FaqBot.Server.Configuration;
using FaqBot.Server.Conversations;
using FaqBot.Server.DirectLine;
using FaqBot.Server.RateLimiting;
using FaqBot.Server.Startup;
using FaqBot.Server.Website;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FaqBot.Server.Extensions;

public static class DirectLineServiceExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<DirectLineOptions>(configuration, DirectLineOptions.SectionName);
        services.AddValidatedOptions<RateLimitingOptions>(configuration, RateLimitingOptions.SectionName);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<UsedStreamTokens>();
        services.TryAddSingleton<RequestRateLimiter>();
        services.TryAddSingleton<RejectionGate>();
        services.AddSingleton<DirectLineBotRunner>();
        services.AddSingleton<DirectLineService>();
        services.AddHostedServiceAfter<ConversationSweeper>(StartupMilestone.ServingRequests);

        // Cross-origin pages embedding Web Chat directly; same-origin pages and the widget's iframe need none of it.
        var website = configuration.GetSection(WebsiteOptions.SectionName).Get<WebsiteOptions>() ?? new WebsiteOptions();
        services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .SetIsOriginAllowed(website.IsAllowedOrigin)
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With")
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }
}
