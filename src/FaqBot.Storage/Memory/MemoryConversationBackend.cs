using System.Collections.Concurrent;
using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;

namespace FaqBot.Storage.Memory;

/// <summary>
/// Conversations in process memory. Each conversation has its own lock, so appends to different conversations run
/// side by side and appends to one are numbered in order. Each keeps exactly its newest maxKept activities.
/// </summary>
internal sealed class MemoryConversationBackend : IConversationBackend
{
    private readonly ConcurrentDictionary<string, MemoryConversation> _conversations = new(StringComparer.Ordinal);

    public Task<bool> CreateAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(userId);
        return Task.FromResult(_conversations.TryAdd(conversationId, new MemoryConversation(conversationId, now)));
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return Task.FromResult(_conversations.ContainsKey(conversationId));
    }

    public Task<StoredActivity?> AppendAsync(string conversationId, Activity activity, DateTimeOffset now, int maxKept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxKept);
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return Task.FromResult<StoredActivity?>(null);
        }

        lock (conversation.Lock)
        {
            return Task.FromResult(conversation.Removed ? null : conversation.Append(activity, now, maxKept));
        }
    }

    public Task<ConversationPage?> ReadAfterAsync(string conversationId, long afterSeq, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return Task.FromResult<ConversationPage?>(null);
        }

        lock (conversation.Lock)
        {
            return Task.FromResult(conversation.Removed ? null : conversation.ReadAfter(afterSeq));
        }
    }

    public Task TouchAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        foreach (var id in conversationIds)
        {
            if (_conversations.TryGetValue(id, out var conversation))
            {
                lock (conversation.Lock)
                {
                    conversation.Touch(now);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. _conversations.Values.Where(c => TryRemove(c, idleSince)).Select(c => c.Id)]);

    public Task<IReadOnlyList<string>> RemoveLeastRecentAsync(int count, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        // LastActiveAt is read without the locks to order the candidates; TryRemove checks it again under each lock.
        var oldest = _conversations.Values.Where(c => c.LastActiveAt < idleSince).OrderBy(c => c.LastActiveAt).Take(count).ToList();
        return Task.FromResult<IReadOnlyList<string>>([.. oldest.Where(c => TryRemove(c, idleSince)).Select(c => c.Id)]);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(_conversations.Count);

    // Deletes the conversation if it has been inactive since before idleSince; an append under the same lock either
    // lands before (and keeps it) or finds it removed.
    private bool TryRemove(MemoryConversation conversation, DateTimeOffset idleSince)
    {
        lock (conversation.Lock)
        {
            if (conversation.Removed || conversation.LastActiveAt >= idleSince)
            {
                return false;
            }

            conversation.Removed = true;
        }

        _conversations.TryRemove(new KeyValuePair<string, MemoryConversation>(conversation.Id, conversation));
        return true;
    }
}
