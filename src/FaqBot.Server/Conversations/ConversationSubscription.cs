using System.Threading.Channels;
using FaqBot.Channels.DirectLine;
using FaqBot.Schema.Activities;

namespace FaqBot.Server.Conversations;

// One live stream: the replay, then every new activity in order. Completed with a reason when it must close.
public sealed class ConversationSubscription : IActivityStream
{
    public const string CollisionReason = "collision";
    public const string ExpiredReason = "conversation expired";
    public const string OverflowReason = "client too slow";

    private readonly Channel<ActivitySet> _channel = Channel.CreateBounded<ActivitySet>(
        new BoundedChannelOptions(512) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Action<ConversationSubscription> _unsubscribe;

    public ConversationSubscription(ActivitySet replay, Action<ConversationSubscription> unsubscribe)
    {
        Replay = replay;
        _unsubscribe = unsubscribe;
    }

    public ActivitySet Replay { get; }

    public ChannelReader<ActivitySet> Reader => _channel.Reader;

    public string? CloseReason { get; private set; }

    // Called under the conversation's lock, so items arrive in id order.
    internal void Push(ActivitySet set)
    {
        if (!_channel.Writer.TryWrite(set))
        {
            // The client reconnects with its watermark and gets the rest from the history.
            Complete(OverflowReason);
        }
    }

    internal void Complete(string reason)
    {
        CloseReason ??= reason;
        _channel.Writer.TryComplete();
    }

    public void Dispose()
    {
        _channel.Writer.TryComplete();
        _unsubscribe(this);
    }
}
