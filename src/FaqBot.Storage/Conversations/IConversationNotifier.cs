using FaqBot.Schema.Activities;

namespace FaqBot.Storage.Conversations;

/// <summary>
/// Carries "conversation X has activities up to N" (and transient activities such as typing) between replicas
/// (PostgreSQL LISTEN/NOTIFY). The backend's AppendAsync sends the "up to N" notification itself, inside its
/// transaction, so it goes out exactly when the activity is committed and in commit order. Every replica, the
/// sender included, receives every notification. Receivers read the history to fill gaps, and after
/// <see cref="Reconnected"/> re-read whatever they follow.
/// </summary>
public interface IConversationNotifier : IAsyncDisposable
{
    /// <summary>Raised for each notification, on a background thread; handlers must not block.</summary>
    event Action<ConversationNotification>? Received;

    /// <summary>Raised after the listening connection was lost and is back: notifications may have been missed.</summary>
    event Action? Reconnected;

    /// <summary>Starts listening; notifications sent before it returns may be missed.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Sends an activity that is not kept (typing); dropped when too large for a notification.</summary>
    Task NotifyTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken);
}
