using System.Collections.Concurrent;
using FaqBot.Schema.Activities;
using FaqBot.Server.DirectLine;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Conversations;

// Bounded in-memory store: at most DirectLine:MaxConversations live conversations, each with a bounded history.
public sealed class InMemoryConversationStore(IOptions<DirectLineOptions> options, TimeProvider timeProvider) : IConversationStore
{
    private readonly ConcurrentDictionary<string, InMemoryConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public ValueTask<CreateConversationResult> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (_conversations.ContainsKey(conversationId))
        {
            return ValueTask.FromResult(CreateConversationResult.AlreadyExists);
        }

        // Reserve a slot first so concurrent starts cannot overshoot the bound; when full, make room by evicting the
        // least recently active idle conversations rather than turning everyone away until the sweeper runs.
        while (Interlocked.Increment(ref _count) > _options.MaxConversations)
        {
            Interlocked.Decrement(ref _count);
            if (EvictLeastRecent() == 0)
            {
                return ValueTask.FromResult(CreateConversationResult.Full);
            }
        }

        var conversation = new InMemoryConversation(conversationId, userId, _options.MaxActivitiesPerConversation, timeProvider.GetUtcNow());
        if (!_conversations.TryAdd(conversationId, conversation))
        {
            Interlocked.Decrement(ref _count);
            return ValueTask.FromResult(CreateConversationResult.AlreadyExists);
        }

        return ValueTask.FromResult(CreateConversationResult.Created);
    }

    public ValueTask<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_conversations.ContainsKey(conversationId));

    public ValueTask<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_conversations.TryGetValue(conversationId, out var conversation)
            ? conversation.Append(activity, timeProvider.GetUtcNow(), keep: true)
            : null);

    public ValueTask<Activity?> PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_conversations.TryGetValue(conversationId, out var conversation)
            ? conversation.Append(activity, timeProvider.GetUtcNow(), keep: false)
            : null);

    public ValueTask<ActivitySet?> GetActivitiesAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_conversations.TryGetValue(conversationId, out var conversation) ? conversation.Get(afterWatermark) : null);

    public ValueTask<ConversationSubscription?> SubscribeAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_conversations.TryGetValue(conversationId, out var conversation)
            ? conversation.Subscribe(afterWatermark, timeProvider.GetUtcNow())
            : null);

    public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.IsIdleSince(idleSince) && Remove(id, conversation))
            {
                removed++;
            }
        }

        return ValueTask.FromResult(removed);
    }

    // The oldest few idle conversations (no open stream, no activity for the eviction grace), a batch at a time.
    private int EvictLeastRecent()
    {
        var idleSince = timeProvider.GetUtcNow() - ConversationEviction.Grace(_options);
        var oldest = _conversations.Values.Where(c => c.IsIdleSince(idleSince)).OrderBy(c => c.LastActivityAt)
            .Take(ConversationEviction.BatchSize(_options)).ToList();
        return oldest.Count(c => Remove(c.Id, c));
    }

    private bool Remove(string id, InMemoryConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, InMemoryConversation>(id, conversation)))
        {
            return false;
        }

        conversation.Close();
        Interlocked.Decrement(ref _count);
        return true;
    }
}
