using FaqBot.Schema.Activities;
using FaqBot.Server.Conversations;
using FaqBot.Server.DirectLine;
using FaqBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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
        var now = DateTimeOffset.UtcNow;
        var sweeper = new ConversationSweeper(store, Options.Create(new DirectLineOptions { ConversationIdleMinutes = 30 }), new FixedTime(now),
            NullLogger<ConversationSweeper>.Instance);

        var removed = await sweeper.SweepAsync(default);

        Assert.Equal(3, removed);
        Assert.Equal(now.AddMinutes(-30), store.IdleSince);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    // Only RemoveIdleAsync is used by the sweeper.
    private sealed class SweptStore : IConversationStore
    {
        public Exception? Failure { get; init; }

        public int Removes { get; init; }

        public int Calls { get; private set; }

        public DateTimeOffset IdleSince { get; private set; }

        public int Count => 0;

        public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
        {
            Calls++;
            IdleSince = idleSince;
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
