using System.Security.Cryptography;
using FaqBot.Schema.Events;
using FaqBot.Server.Conversations;
using FaqBot.Server.DirectLine;
using FaqBot.Server.Storage;
using FaqBot.Storage;

namespace FaqBot.Server.Extensions;

public static class StorageServiceExtensions
{
    private const string SigningKeySetting = "directline-token-signing-key";

    // Opens (and migrates) the configured database now, so a wrong connection string stops the start with a message
    // naming the setting, before the server listens. Memory keeps everything in the process, as before.
    public static IServiceCollection AddFaqBotStorage(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.SectionName);
        var options = section.Get<StorageOptions>() ?? new StorageOptions();
        options.Validate();
        services.AddOptions<StorageOptions>().Bind(section);
        if (options.ResolveProvider() == StorageProvider.Memory)
        {
            services.AddSingleton<StorageHealth>();
            services.AddSingleton<IConversationStore, InMemoryConversationStore>();
            services.AddSingleton<InMemoryAnswerEventSink>();
            services.AddSingleton<IAnswerEventSink>(sp => sp.GetRequiredService<InMemoryAnswerEventSink>());
            return services;
        }

        var storage = FaqBotStorageFactory.OpenAsync(options, baseDirectory, StorageRole.Server, CancellationToken.None).GetAwaiter().GetResult();
        storage.Notifier?.StartAsync(CancellationToken.None).GetAwaiter().GetResult();

        // Registered through a factory so the container disposes it (closing files and connections) at shutdown.
        services.AddSingleton<IFaqBotStorage>(_ => storage);
        services.AddSingleton(sp => new StorageHealth(sp.GetRequiredService<ILogger<StorageHealth>>(), sp.GetRequiredService<TimeProvider>()) { Description = storage.Description });
        services.AddSingleton<IConversationStore, DurableConversationStore>();
        services.AddSingleton<BufferedEventSink>();
        services.AddSingleton<IAnswerEventSink>(sp => sp.GetRequiredService<BufferedEventSink>());
        services.AddHostedService<EventWriter>();
        services.AddHostedService<EventRetentionService>();
        services.AddHostedService<StorageMonitor>();

        // Without a configured key, tokens are signed with one kept in the database: they survive restarts and
        // every replica accepts every other's.
        if (string.IsNullOrEmpty(configuration[$"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.TokenSigningKey)}"]))
        {
            var key = storage.GetOrCreateSettingAsync(SigningKeySetting, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), CancellationToken.None)
                .GetAwaiter().GetResult();
            services.PostConfigure<DirectLineOptions>(o => o.TokenSigningKey = key);
        }

        return services;
    }
}
