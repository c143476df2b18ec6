using System.Collections.Concurrent;
using FaqBot.Bot.Schema;
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

        // Reserve a slot first so concurrent starts cannot overshoot the bound.
        if (Interlocked.Increment(ref _count) > _options.MaxConversations)
        {
            Interlocked.Decrement(ref _count);
            return ValueTask.FromResult(CreateConversationResult.Full);
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
            if (conversation.IsIdleSince(idleSince) && _conversations.TryRemove(id, out _))
            {
                conversation.Close();
                Interlocked.Decrement(ref _count);
                removed++;
            }
        }

        return ValueTask.FromResult(removed);
    }
}
