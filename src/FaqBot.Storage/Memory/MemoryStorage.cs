using System.Collections.Concurrent;
using FaqBot.Storage.Conversations;
using FaqBot.Storage.Events;

namespace FaqBot.Storage.Memory;

/// <summary>
/// Storage:Provider=Memory: conversations, the event log and the settings in this process's memory, behind the same
/// interfaces as SQLite and PostgreSQL, so the server runs the same conversation store and event sink on it.
/// Nothing survives the process (a restart starts empty, and no other process can read it). Bounded: each
/// conversation keeps its newest maxKept activities (the server's DirectLine:MaxConversations bounds how many there
/// are), and the event log its newest <see cref="MemoryEventStore.DefaultCapacity"/> answers and as many feedback.
/// Thread-safe.
/// </summary>
public sealed class MemoryStorage : IFaqBotStorage
{
    private readonly ConcurrentDictionary<string, string> _settings = new(StringComparer.Ordinal);

    /// <summary>An empty store.</summary>
    /// <param name="eventCapacity">How many answers (and, separately, feedback events) the event log keeps; the oldest go first.</param>
    public MemoryStorage(int eventCapacity = MemoryEventStore.DefaultCapacity)
    {
        Events = new MemoryEventStore(eventCapacity);
    }

    /// <inheritdoc />
    public string Description => "Memory (this process only; nothing is kept after it stops)";

    /// <inheritdoc />
    public IConversationBackend Conversations { get; } = new MemoryConversationBackend();

    /// <inheritdoc />
    public IEventStore Events { get; }

    /// <summary>Always null: no other process can share this memory.</summary>
    public IConversationNotifier? Notifier => null;

    /// <inheritdoc />
    public Task<string> GetOrCreateSettingAsync(string name, string valueIfAbsent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(valueIfAbsent);
        return Task.FromResult(_settings.GetOrAdd(name, valueIfAbsent));
    }

    /// <summary>Always succeeds: memory cannot become unreachable.</summary>
    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Nothing to close; the memory goes with the last reference.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
