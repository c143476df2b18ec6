using FaqBot.Schema.Activities;
using FaqBot.Server.Conversations;
using FaqBot.Server.DirectLine;
using FaqBot.Storage;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Server;

public sealed class ConversationSweeperTests
{
    [Fact]
    public async Task Sweep_DatabaseUnavailable_SkipsRoundWithoutThrowing()
    {
        var store = new SweptStore { Failure = new StorageUnavailableException("PostgreSQL is away") };
        var sweeper = new ConversationSweeper(store, Options.Create(new DirectLineOptions()), TimeProvider.System, NullLogger<ConversationSweeper>.Instance);

        var removed = await sweeper.SweepAsync(default);

        Assert.Equal(0, removed);
        Assert.Equal(1, store.Calls);
    }

    [Fact]
    public async Task Sweep_IdleConversations_RemovedSinceIdleMinutesAgo()
    {
        var store = new SweptStore { Removes = 3 };
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sweeper = new ConversationSweeper(store, Options.Create(new DirectLineOptions { ConversationIdleMinutes = 30 }), time,
            NullLogger<ConversationSweeper>.Instance);

        var removed = await sweeper.SweepAsync(default);

        Assert.Equal(3, removed);
        Assert.Equal(time.GetUtcNow().AddMinutes(-30), store.IdleSince);
    }

    [Fact]
    public async Task Running_EachMinute_SweepsOnce()
    {
        var store = new SweptStore();
        var time = new TestClock();
        using var sweeper = new ConversationSweeper(store, Options.Create(new DirectLineOptions { ConversationIdleMinutes = 30 }), time,
            NullLogger<ConversationSweeper>.Instance);
        await sweeper.StartAsync(CancellationToken.None);
        var callsAtStart = store.Calls;

        await time.AdvanceWhenArmedAsync(TimeSpan.FromMinutes(1));
        await store.Swept.WaitAsync(TimeSpan.FromSeconds(30));
        await sweeper.StopAsync(CancellationToken.None);

        Assert.Equal(0, callsAtStart);
        Assert.Equal(1, store.Calls);
        Assert.Equal(time.GetUtcNow().AddMinutes(-30), store.IdleSince);
    }

    // Only RemoveIdleAsync is used by the sweeper.
    private sealed class SweptStore : IConversationStore
    {
        private readonly TaskCompletionSource _swept = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? Failure { get; init; }

        public int Removes { get; init; }

        public int Calls { get; private set; }

        // Completes at the first sweep.
        public Task Swept => _swept.Task;

        public DateTimeOffset IdleSince { get; private set; }

        public int Count => 0;

        public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
        {
            Calls++;
            IdleSince = idleSince;
            _swept.TrySetResult();
            return Failure is null ? ValueTask.FromResult(Removes) : ValueTask.FromException<int>(Failure);
        }

        public ValueTask<CreateConversationResult> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<Activity?> PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<ActivitySet?> GetActivitiesAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken) => throw new NotSupportedException();

        public ValueTask<ConversationSubscription?> SubscribeAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
