using FaqBot.Schema.Events;
using FaqBot.Server.Configuration;
using FaqBot.Server.Conversations;
using FaqBot.Channels.DirectLine;
using FaqBot.Server.Startup;
using FaqBot.Server.Persistence;
using FaqBot.Storage;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Extensions;

public static class StorageServiceExtensions
{
    // Registers the storage services; the start-up sequence opens (and migrates) the database before the server
    // listens, and its hosted services start after that. Memory is a store like the others (MemoryStorage), so the
    // conversation store, event sink and their background services are the same for every provider.
    public static IServiceCollection AddFaqBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.SectionName);
        services.AddSingleton<OpenedStorage>();

        // Resolved once the sequence opened it (it does so itself, so the container closes it at shutdown).
        services.AddSingleton(sp => sp.GetRequiredService<OpenedStorage>().Storage);
        services.AddSingleton(sp => new StorageHealth(sp.GetRequiredService<ILogger<StorageHealth>>(), sp.GetRequiredService<TimeProvider>())
        {
            Description = sp.GetRequiredService<IFaqBotStorage>().Description,
        });
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<BufferedEventSink>();
        services.AddSingleton<IAnswerEventSink>(sp => sp.GetRequiredService<BufferedEventSink>());
        services.AddHostedServiceAfter<EventWriter>(StartupMilestone.ServingRequests);
        services.AddHostedServiceAfter<EventRetentionService>(StartupMilestone.ServingRequests);
        services.AddHostedServiceAfter<StorageMonitor>(StartupMilestone.ServingRequests);

        // Without a configured key, tokens are signed with the one the sequence loaded from the database.
        services.AddSingleton<IPostConfigureOptions<DirectLineOptions>, SigningKeyFromStorage>();
        return services;
    }

    private sealed class SigningKeyFromStorage(OpenedStorage storage) : IPostConfigureOptions<DirectLineOptions>
    {
        public void PostConfigure(string? name, DirectLineOptions options)
        {
            if (string.IsNullOrEmpty(options.TokenSigningKey) && storage.SigningKey is { } key)
            {
                options.TokenSigningKey = key;
            }
        }
    }
}
