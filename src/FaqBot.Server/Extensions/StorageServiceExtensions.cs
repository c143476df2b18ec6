using FaqBot.Schema.Events;
using FaqBot.Server.Configuration;
using FaqBot.Server.Conversations;
using FaqBot.Server.DirectLine;
using FaqBot.Server.Startup;
using FaqBot.Server.Storage;
using FaqBot.Storage;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Extensions;

public static class StorageServiceExtensions
{
    // Registers the storage services; the start-up sequence opens (and migrates) the database before the server
    // listens, and its hosted services start after that. Memory keeps everything in the process, as before.
    public static IServiceCollection AddFaqBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.SectionName);
        if (IsMemory(configuration))
        {
            services.AddSingleton<StorageHealth>();
            services.AddSingleton<IConversationStore, InMemoryConversationStore>();
            services.AddSingleton<InMemoryAnswerEventSink>();
            services.AddSingleton<IAnswerEventSink>(sp => sp.GetRequiredService<InMemoryAnswerEventSink>());
            return services;
        }

        services.AddSingleton<OpenedStorage>();

        // Resolved once the sequence opened it (it does so itself, so the container closes it at shutdown).
        services.AddSingleton(sp => sp.GetRequiredService<OpenedStorage>().Storage);
        services.AddSingleton(sp => new StorageHealth(sp.GetRequiredService<ILogger<StorageHealth>>()) { Description = sp.GetRequiredService<IFaqBotStorage>().Description });
        services.AddSingleton<IConversationStore, DurableConversationStore>();
        services.AddSingleton<BufferedEventSink>();
        services.AddSingleton<IAnswerEventSink>(sp => sp.GetRequiredService<BufferedEventSink>());
        services.AddHostedServiceAfter<EventWriter>(StartupMilestone.ServingRequests);
        services.AddHostedServiceAfter<EventRetentionService>(StartupMilestone.ServingRequests);
        services.AddHostedServiceAfter<StorageMonitor>(StartupMilestone.ServingRequests);

        // Without a configured key, tokens are signed with the one the sequence loaded from the database.
        services.AddSingleton<IPostConfigureOptions<DirectLineOptions>, SigningKeyFromStorage>();
        return services;
    }

    // A bad Storage:Provider is reported by the options validation; here it only has to not be Memory.
    private static bool IsMemory(IConfiguration configuration) =>
        string.Equals(configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"]?.Trim(), "memory", StringComparison.OrdinalIgnoreCase);

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
