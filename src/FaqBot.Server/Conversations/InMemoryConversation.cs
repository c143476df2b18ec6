using System.Globalization;
using FaqBot.Schema.Activities;

namespace FaqBot.Server.Conversations;

// One conversation's history and live stream; every member runs under _lock so ids, timestamps and stream order agree.
internal sealed class InMemoryConversation(string id, string userId, int maxActivities, DateTimeOffset now)
{
    private readonly Lock _lock = new();
    private readonly Queue<(long Seq, Activity Activity)> _history = new();
    private long _seq;
    private long _lastKeptSeq;
    private DateTimeOffset _lastTimestamp = now;
    private ConversationSubscription? _subscription;

    public string Id { get; } = id;

    public string UserId { get; } = userId;

    public DateTimeOffset LastActivityAt { get; private set; } = now;

    public Activity Append(Activity activity, DateTimeOffset now, bool keep)
    {
        lock (_lock)
        {
            var seq = ++_seq;
            _lastTimestamp = now > _lastTimestamp ? now : _lastTimestamp;
            LastActivityAt = now;
            var stored = activity with
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{seq:0000000}"),
                Timestamp = _lastTimestamp,
            };
            if (keep)
            {
                _history.Enqueue((seq, stored));
                _lastKeptSeq = seq;
                while (_history.Count > maxActivities)
                {
                    _history.Dequeue();
                }
            }

            _subscription?.Push(new ActivitySet([stored], Watermark()));
            return stored;
        }
    }

    public ActivitySet Get(long afterWatermark)
    {
        lock (_lock)
        {
            return new ActivitySet(After(afterWatermark), Watermark());
        }
    }

    public ConversationSubscription Subscribe(long afterWatermark, DateTimeOffset now)
    {
        lock (_lock)
        {
            _subscription?.Complete(ConversationSubscription.CollisionReason);
            LastActivityAt = now;
            var subscription = new ConversationSubscription(new ActivitySet(After(afterWatermark), Watermark()), Unsubscribe);
            _subscription = subscription;
            return subscription;
        }
    }

    public bool IsIdleSince(DateTimeOffset idleSince)
    {
        lock (_lock)
        {
            // An open stream keeps a conversation alive, as a patient reading a long answer is not idle.
            return _subscription is null && LastActivityAt < idleSince;
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            _subscription?.Complete(ConversationSubscription.ExpiredReason);
            _subscription = null;
        }
    }

    private void Unsubscribe(ConversationSubscription subscription)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_subscription, subscription))
            {
                _subscription = null;
            }
        }
    }

    private List<Activity> After(long afterWatermark) =>
        [.. _history.Where(entry => entry.Seq > afterWatermark).Select(entry => entry.Activity)];

    // The watermark is the sequence number of the newest kept activity: a client asking "after it" gets only newer ones.
    private string Watermark() => _lastKeptSeq.ToString(CultureInfo.InvariantCulture);
}
