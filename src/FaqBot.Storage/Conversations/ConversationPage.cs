namespace FaqBot.Storage.Conversations;

/// <summary>Activities read from a conversation, and its newest sequence number.</summary>
/// <param name="Activities">Oldest first.</param>
/// <param name="LastSeq">The newest sequence number of the conversation (0 when it has none), whether read or not.</param>
public sealed record ConversationPage(IReadOnlyList<StoredActivity> Activities, long LastSeq);
