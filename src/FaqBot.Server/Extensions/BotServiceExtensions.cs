using FaqBot.Bot;
using FaqBot.Bot.Events;

namespace FaqBot.Server.Extensions;

public static class BotServiceExtensions
{
    public static IServiceCollection AddFaqBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName));
        services.AddSingleton<InMemoryAnswerEventSink>();
        services.AddSingleton<IAnswerEventSink>(sp => sp.GetRequiredService<InMemoryAnswerEventSink>());
        services.AddSingleton<FaqBotActivityHandler>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<FaqBotActivityHandler>());
        return services;
    }
}
