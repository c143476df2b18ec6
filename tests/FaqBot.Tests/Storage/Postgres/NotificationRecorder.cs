using System.Collections.Concurrent;
using FaqBot.Storage.Conversations;

namespace FaqBot.Tests.Storage.Postgres;

// Collects a notifier's notifications and lets a test wait for one that matches.
internal sealed class NotificationRecorder
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<ConversationNotification> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _reconnects;

    public NotificationRecorder(IConversationNotifier notifier)
    {
        notifier.Received += notification =>
        {
            _received.Enqueue(notification);
            _arrived.Release();
        };
        notifier.Reconnected += () =>
        {
            Interlocked.Increment(ref _reconnects);
            _arrived.Release();
        };
    }

    public int Reconnects => Volatile.Read(ref _reconnects);

    public async Task<ConversationNotification> WaitForAsync(Func<ConversationNotification, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await _arrived.WaitAsync(timeout.Token);
        }
    }

    public async Task WaitForReconnectAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (Reconnects == 0)
        {
            await _arrived.WaitAsync(timeout.Token);
        }
    }
}
