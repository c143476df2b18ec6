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
    // naming the setting, before the server listens. Memory is a store like the others (MemoryStorage), so the
    // conversation store, event sink and their background services are the same for every provider.
    public static IServiceCollection AddFaqBotStorage(this IServiceCollection services, IConfiguration configuration, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StorageOptions.SectionName);
        var options = section.Get<StorageOptions>() ?? new StorageOptions();
        options.Validate();
        services.AddOptions<StorageOptions>().Bind(section);
        var storage = FaqBotStorageFactory.OpenAsync(options, baseDirectory, StorageRole.Server, CancellationToken.None).GetAwaiter().GetResult();
        storage.Notifier?.StartAsync(CancellationToken.None).GetAwaiter().GetResult();

        // Registered through a factory so the container disposes it (closing files and connections) at shutdown.
        services.AddSingleton<IFaqBotStorage>(_ => storage);
        services.AddSingleton(sp => new StorageHealth(sp.GetRequiredService<ILogger<StorageHealth>>()) { Description = storage.Description });
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<BufferedEventSink>();
        services.AddSingleton<IAnswerEventSink>(sp => sp.GetRequiredService<BufferedEventSink>());
        services.AddHostedService<EventWriter>();
        services.AddHostedService<EventRetentionService>();
        services.AddHostedService<StorageMonitor>();

        // Without a configured key, tokens are signed with one kept in the database: they survive restarts and
        // every replica accepts every other's. (Memory: a random key per process.)
        if (string.IsNullOrEmpty(configuration[$"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.TokenSigningKey)}"]))
        {
            var key = storage.GetOrCreateSettingAsync(SigningKeySetting, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)), CancellationToken.None)
                .GetAwaiter().GetResult();
            services.PostConfigure<DirectLineOptions>(o => o.TokenSigningKey = key);
        }

        return services;
    }
}
