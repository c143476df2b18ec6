using System.Globalization;
using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;

namespace FaqBot.Server.Conversations;

// The local live stream of one stored conversation. Activities reach it from this replica's appends and from
// other replicas' notifications, in any order and possibly twice; a cursor (the last sequence number pushed) and
// reading the history to fill gaps turn that into exactly-once, in-order delivery.
internal sealed class LiveConversation(string conversationId, IConversationBackend backend)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConversationSubscription? _subscription;
    private long _cursor;

    public string ConversationId { get; } = conversationId;

    public bool HasSubscriber => Volatile.Read(ref _subscription) is not null;

    // Reads the history after the watermark and opens the stream, under the gate so no activity falls between.
    public async Task<ConversationSubscription?> SubscribeAsync(long afterWatermark, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var page = await backend.ReadAfterAsync(ConversationId, Math.Max(0, afterWatermark), cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                return null;
            }

            _subscription?.Complete(ConversationSubscription.CollisionReason);
            _cursor = page.LastSeq;
            var replay = new ActivitySet([.. page.Activities.Select(a => a.Activity)], Watermark(_cursor));
            var subscription = new ConversationSubscription(replay, Unsubscribe);
            _subscription = subscription;
            return subscription;
        }
        finally
        {
            _gate.Release();
        }
    }

    // A stored activity numbered seq (the activity itself when known, else it is read from the history).
    public async Task OfferAsync(long seq, Activity? activity, CancellationToken cancellationToken)
    {
        if (!HasSubscriber || seq <= Volatile.Read(ref _cursor))
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_subscription is not { } subscription || seq <= _cursor)
            {
                return;
            }

            if (seq == _cursor + 1 && activity is not null)
            {
                _cursor = seq;
                subscription.Push(new ActivitySet([activity], Watermark(seq)));
                return;
            }

            await FillLockedAsync(subscription, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    // Re-reads after the cursor: after a lost notification connection or a database outage.
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_subscription is { } subscription)
            {
                await FillLockedAsync(subscription, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task PushTransientAsync(Activity activity, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _subscription?.Push(new ActivitySet([activity], Watermark(_cursor)));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Close()
    {
        var subscription = Interlocked.Exchange(ref _subscription, null);
        subscription?.Complete(ConversationSubscription.ExpiredReason);
    }

    private async Task FillLockedAsync(ConversationSubscription subscription, CancellationToken cancellationToken)
    {
        var page = await backend.ReadAfterAsync(ConversationId, _cursor, cancellationToken).ConfigureAwait(false);
        if (page is null)
        {
            subscription.Complete(ConversationSubscription.ExpiredReason);
            return;
        }

        if (page.Activities.Count > 0)
        {
            _cursor = page.Activities[^1].Seq;
            subscription.Push(new ActivitySet([.. page.Activities.Select(a => a.Activity)], Watermark(_cursor)));
        }
    }

    private void Unsubscribe(ConversationSubscription subscription) =>
        Interlocked.CompareExchange(ref _subscription, null, subscription);

    private static string Watermark(long seq) => seq.ToString(CultureInfo.InvariantCulture);
}
