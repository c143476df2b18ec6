using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.TestSupport;

// A FakeTimeProvider that also tells the test when the code under test starts a wait (Task.Delay, PeriodicTimer,
// a Polly delay or timeout: each arms a timer here). Advancing before the wait is armed would move time past a
// timer that does not exist yet, so tests first await TimerArmedAsync, then Advance: no real sleeping, no races.
public sealed class TestClock : FakeTimeProvider
{
    // Generous: only reached when the code under test never starts the wait, which is a failure anyway.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<Waiter> _waiters = [];

    // Starts at the real time: tokens the code under test checks against the system clock stay valid.
    public TestClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public TestClock(DateTimeOffset start)
        : base(start)
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        timer.Change(dueTime, period);
        return timer;
    }

    // Completes once `count` timers have been armed (since this clock was made) to fire after `dueTime`.
    public Task TimerArmedAsync(TimeSpan dueTime, int count = 1) => TimerArmedAsync(due => due == dueTime, count);

    // Completes with the due time of the count-th timer armed (since this clock was made) with a matching due time.
    public Task<TimeSpan> TimerArmedAsync(Func<TimeSpan, bool> match, int count = 1)
    {
        lock (_gate)
        {
            if (Nth(match, count) is { } due)
            {
                return Task.FromResult(due);
            }

            var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add(new Waiter(match, count, done));
            return done.Task.WaitAsync(Patience);
        }
    }

    // Waits for the wait to be armed, then moves time just far enough to end it.
    public async Task AdvanceWhenArmedAsync(TimeSpan dueTime, int count = 1)
    {
        await TimerArmedAsync(dueTime, count);
        Advance(dueTime);
    }

    // A timer is armed when created with a due time or changed to one (CancellationTokenSource.CancelAfter does that).
    private void Armed(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            _armed.Add(dueTime);
            foreach (var waiter in _waiters.Where(w => Nth(w.Match, w.Count) is not null).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(Nth(waiter.Match, waiter.Count)!.Value);
            }
        }
    }

    private TimeSpan? Nth(Func<TimeSpan, bool> match, int count)
    {
        var matching = _armed.Where(match).Take(count).ToList();
        return matching.Count == count ? matching[^1] : null;
    }

    private sealed record Waiter(Func<TimeSpan, bool> Match, int Count, TaskCompletionSource<TimeSpan> Done);

    private sealed class WatchedTimer(TestClock clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            // Recorded once armed: a test that sees the record and then advances does fire this timer.
            var changed = inner.Change(dueTime, period);
            clock.Armed(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
