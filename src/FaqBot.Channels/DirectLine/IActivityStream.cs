using System.Threading.Channels;
using FaqBot.Schema.Activities;

namespace FaqBot.Channels.DirectLine;

/// <summary>One live stream of a conversation: the replay, then every new activity in order; disposing it unsubscribes.</summary>
public interface IActivityStream : IDisposable
{
    /// <summary>The activities after the subscriber's watermark, sent first.</summary>
    ActivitySet Replay { get; }

    /// <summary>The activities that follow; completed when the stream must close.</summary>
    ChannelReader<ActivitySet> Reader { get; }

    /// <summary>Why the stream was completed (the WebSocket close reason), or null.</summary>
    string? CloseReason { get; }
}
