using FaqBot.Schema.Activities;

namespace FaqBot.Storage.Conversations;

/// <summary>An activity as stored: its sequence number in the conversation, and the activity with its id and timestamp.</summary>
/// <param name="Seq">1, 2, 3, … within the conversation.</param>
/// <param name="Activity">The activity, with <c>Id</c> and <c>Timestamp</c> set by the store.</param>
public sealed record StoredActivity(long Seq, Activity Activity);
