using FaqBot.Channels.DirectLine;
using FaqBot.Core.Answering;
using FaqBot.Server.Configuration;
using FaqBot.Server.Conversations;
using FaqBot.Server.DirectLine;
using FaqBot.Server.RateLimiting;
using FaqBot.Server.Startup;
using FaqBot.Server.Website;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        services.AddSingleton<IDirectLineRateLimits>(sp => sp.GetRequiredService<RequestRateLimiter>());
        services.AddSingleton<IDirectLineConversations>(sp => sp.GetRequiredService<ConversationStore>());
        services.AddSingleton<DirectLineBotRunner>();
        services.AddSingleton(sp =>
        {
            // The bot's display name in activities: the website's title, else the clinic's name.
            var botName = sp.GetRequiredService<IOptions<WebsiteOptions>>().Value
                .ResolveTitle(sp.GetRequiredService<IOptions<ClinicOptions>>().Value.Name);
            return ActivatorUtilities.CreateInstance<DirectLineProtocol>(sp, botName);
        });
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
