using FaqBot.Server.Persistence;
using FaqBot.Storage;
using FaqBot.Storage.Conversations;
using FaqBot.Storage.Events;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaqBot.Tests.Server.Storage;

// The monitor pings every 2 s so /readyz learns of an outage and of the recovery with no request touching the
// database; on a fake clock each round is one Advance, and "round done" is the next 2 s wait being armed.
public sealed class StorageMonitorTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Running_DatabaseGoesAwayAndComesBack_HealthFollowsWithinARound()
    {
        var clock = new TestClock();
        var storage = new PingedStorage { Answering = false };
        var health = new StorageHealth(NullLogger<StorageHealth>.Instance, clock);
        var recovered = 0;
        health.Recovered += () => recovered++;
        using var monitor = new StorageMonitor(storage, health, clock);
        await monitor.StartAsync(CancellationToken.None);

        var availableBeforeAPing = health.IsAvailable;
        await clock.AdvanceWhenArmedAsync(Interval);
        await clock.TimerArmedAsync(Interval, count: 2);
        var availableAfterAFailedPing = health.IsAvailable;
        storage.Answering = true;
        clock.Advance(Interval);
        await clock.TimerArmedAsync(Interval, count: 3);
        await monitor.StopAsync(CancellationToken.None);

        Assert.True(availableBeforeAPing);
        Assert.False(availableAfterAFailedPing);
        Assert.True(health.IsAvailable);
        Assert.Equal(1, recovered);
        Assert.Equal(2, storage.Pings);
    }

    // Only PingAsync is used by the monitor.
    private sealed class PingedStorage : IFaqBotStorage
    {
        public bool Answering { get; set; }

        public int Pings { get; private set; }

        public string Description => "test database";

        public IConversationBackend Conversations => throw new NotSupportedException();

        public IEventStore Events => throw new NotSupportedException();

        public IConversationNotifier? Notifier => null;

        public Task PingAsync(CancellationToken cancellationToken)
        {
            Pings++;
            return Answering ? Task.CompletedTask : Task.FromException(new StorageUnavailableException("test database is away"));
        }

        public Task<string> GetOrCreateSettingAsync(string name, string valueIfAbsent, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
