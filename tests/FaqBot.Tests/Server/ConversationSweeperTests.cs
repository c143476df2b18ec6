using FaqBot.Schema.Activities;
using FaqBot.Server.Conversations;
using FaqBot.Channels.DirectLine;
using FaqBot.Server.Persistence;
using FaqBot.Storage;
using FaqBot.Storage.Conversations;
using FaqBot.Storage.Events;
using FaqBot.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Server;

// The sweeper over the real conversation store, on the memory storage or on one whose database is away.
public sealed class ConversationSweeperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_DatabaseUnavailable_SkipsRoundWithoutThrowing()
    {
        var storage = new UnreachableStorage();
        var health = new StorageHealth(NullLogger<StorageHealth>.Instance, TimeProvider.System);
        using var store = Store(storage, health, new FakeTimeProvider(Now));
        var sweeper = new ConversationSweeper(store, Options.Create(new DirectLineOptions()), TimeProvider.System, NullLogger<ConversationSweeper>.Instance);

        var removed = await sweeper.SweepAsync(default);

        Assert.Equal(0, removed);
        Assert.Equal(1, storage.RemoveIdleCalls);
        Assert.False(health.IsAvailable);
    }

    [Fact]
    public async Task Sweep_IdleConversations_RemovedSinceIdleMinutesAgo()
    {
        var clock = new FakeTimeProvider(Now.AddMinutes(-31));
        using var store = Store(new MemoryStorage(), new StorageHealth(NullLogger<StorageHealth>.Instance, TimeProvider.System), clock);
        foreach (var id in new[] { "a", "b", "c" })
        {
            await store.CreateAsync(id, "dl_u", default);
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        await store.CreateAsync("recent", "dl_u", default);
        clock.Advance(TimeSpan.FromMinutes(29));
        var sweeper = new ConversationSweeper(store, Options.Create(new DirectLineOptions { ConversationIdleMinutes = 30 }), clock,
            NullLogger<ConversationSweeper>.Instance);

        var removed = await sweeper.SweepAsync(default);

        Assert.Equal(3, removed);
        Assert.True(await store.ExistsAsync("recent", default));
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Running_EachMinute_SweepsIdleConversations()
    {
        var time = new TestClock(Now);
        using var store = Store(new MemoryStorage(), new StorageHealth(NullLogger<StorageHealth>.Instance, time), time);
        await store.CreateAsync("idle", "dl_u", default);
        using var sweeper = new ConversationSweeper(store, Options.Create(new DirectLineOptions { ConversationIdleMinutes = 30 }), time,
            NullLogger<ConversationSweeper>.Instance);
        await sweeper.StartAsync(CancellationToken.None);
        time.AdjustTime(Now.AddMinutes(31)); // idle long enough, but nothing sweeps until the minute's timer fires

        var keptUntilTheTimer = await store.ExistsAsync("idle", default);
        await time.AdvanceWhenArmedAsync(TimeSpan.FromMinutes(1));
        var removed = await Eventually(async () => !await store.ExistsAsync("idle", default));
        await sweeper.StopAsync(CancellationToken.None);

        Assert.True(keptUntilTheTimer);
        Assert.True(removed);
    }

    // The sweep runs on the timer's thread: wait (in real time, briefly) for it to finish.
    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private static ConversationStore Store(IFaqBotStorage storage, StorageHealth health, TimeProvider clock) =>
        new(storage, health, Options.Create(new DirectLineOptions()), clock, NullLogger<ConversationStore>.Instance);

    // A database that was reachable at start-up and is away now: every sweep fails as PostgreSQL's would.
    private sealed class UnreachableStorage : IFaqBotStorage, IConversationBackend
    {
        private readonly MemoryStorage _events = new();

        public int RemoveIdleCalls { get; private set; }

        public string Description => "PostgreSQL away";

        public IConversationBackend Conversations => this;

        public IEventStore Events => _events.Events;

        public IConversationNotifier? Notifier => null;

        public Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
        {
            RemoveIdleCalls++;
            return Task.FromException<IReadOnlyList<string>>(new StorageUnavailableException("PostgreSQL is away"));
        }

        public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<bool> CreateAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<StoredActivity?> AppendAsync(string conversationId, Activity activity, DateTimeOffset now, int maxKept, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<ConversationPage?> ReadAfterAsync(string conversationId, long afterSeq, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task TouchAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset now, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> RemoveLeastRecentAsync(int count, DateTimeOffset idleSince, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<string> GetOrCreateSettingAsync(string name, string valueIfAbsent, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task PingAsync(CancellationToken cancellationToken) => throw new StorageUnavailableException("PostgreSQL is away");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
