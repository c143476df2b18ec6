using FaqBot.Bot;
using FaqBot.Server.Configuration;

namespace FaqBot.Server.Extensions;

public static class BotServiceExtensions
{
    // The event sink comes with the storage (AddFaqBotStorage).
    public static IServiceCollection AddFaqBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<BotOptions>(configuration, BotOptions.SectionName);
        services.AddSingleton<FaqBotActivityHandler>();
        services.AddSingleton<IBot>(sp => sp.GetRequiredService<FaqBotActivityHandler>());
        return services;
    }
}
