using FaqBot.Schema.Activities;

namespace FaqBot.Storage.Conversations;

/// <summary>
/// Where Direct Line conversations persist: each a user id and a history of activities numbered 1, 2, 3, … (the
/// sequence number is the watermark). Safe to call concurrently, also from several processes on one database.
/// Connection failures throw <see cref="StorageUnavailableException"/>.
/// </summary>
public interface IConversationBackend
{
    /// <summary>Creates an empty conversation; false when the id exists already.</summary>
    Task<bool> CreateAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Whether the conversation exists.</summary>
    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically gives the activity the conversation's next sequence number, the id <c>{conversationId}|{seq:0000000}</c>
    /// and the timestamp max(now, the previous activity's), stores it durably and marks the conversation active at now.
    /// Keeps the newest <paramref name="maxKept"/> activities; older ones are deleted now and then (never more than 64
    /// beyond the limit linger), and numbers keep counting.
    /// Null when the conversation does not exist.
    /// </summary>
    Task<StoredActivity?> AppendAsync(string conversationId, Activity activity, DateTimeOffset now, int maxKept, CancellationToken cancellationToken);

    /// <summary>The kept activities numbered after <paramref name="afterSeq"/>, oldest first; null when the conversation does not exist.</summary>
    Task<ConversationPage?> ReadAfterAsync(string conversationId, long afterSeq, CancellationToken cancellationToken);

    /// <summary>Marks conversations active at <paramref name="now"/> (those with an open stream); unknown ids are ignored.</summary>
    Task TouchAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes the conversations (and their activities) last active before <paramref name="idleSince"/>; returns their ids.</summary>
    Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes at most <paramref name="count"/> of the conversations last active before <paramref name="idleSince"/>,
    /// least recently active first, with their activities; returns their ids. Makes room when the server is full.
    /// </summary>
    Task<IReadOnlyList<string>> RemoveLeastRecentAsync(int count, DateTimeOffset idleSince, CancellationToken cancellationToken);

    /// <summary>How many conversations exist.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
