using FaqBot.Storage.Conversations;
using FaqBot.Storage.Events;

namespace FaqBot.Storage;

/// <summary>An open, migrated database: conversations, the event log and a few shared settings.</summary>
public interface IFaqBotStorage : IAsyncDisposable
{
    /// <summary>What is open, for logs and errors, without secrets ("SQLite data/faqbot.db", "PostgreSQL db at host:5432").</summary>
    string Description { get; }

    /// <summary>Direct Line conversations.</summary>
    IConversationBackend Conversations { get; }

    /// <summary>The event log.</summary>
    IEventStore Events { get; }

    /// <summary>Tells the other replicas about new activities; null when only one process uses the database.</summary>
    IConversationNotifier? Notifier { get; }

    /// <summary>
    /// The value stored under <paramref name="name"/>; stores <paramref name="valueIfAbsent"/> first when there is none.
    /// Race-free across replicas: all get the first value stored. (Used for the token signing key.)
    /// </summary>
    Task<string> GetOrCreateSettingAsync(string name, string valueIfAbsent, CancellationToken cancellationToken);

    /// <summary>Throws <see cref="StorageUnavailableException"/> unless the database answers.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
