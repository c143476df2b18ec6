using FaqBot.Schema.Activities;

namespace FaqBot.Storage.Conversations;

/// <summary>A notification between replicas.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Seq">The newest sequence number of its history (for a transient activity: 0).</param>
/// <param name="Transient">The transient activity carried, or null for "new activities up to Seq".</param>
public sealed record ConversationNotification(string ConversationId, long Seq, Activity? Transient)
{
    /// <summary>The activity numbered <see cref="Seq"/>, with its id and timestamp, when the notification carries it.</summary>
    public Activity? Stored { get; init; }
}
