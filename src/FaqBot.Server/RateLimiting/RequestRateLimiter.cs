using FaqBot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.RateLimiting;

// Token buckets per client (token requests, /api/messages), per conversation (posts), and one for the whole server
// (new conversations). Applied after authentication where there is one, so a visitor cannot use up another
// conversation's budget. Each method returns null when allowed, else the exact time to wait.
public sealed class RequestRateLimiter : IDirectLineRateLimits
{
    private const string Everyone = "";

    private readonly KeyedTokenBuckets? _tokens;
    private readonly KeyedTokenBuckets? _messages;
    private readonly KeyedTokenBuckets? _newConversations;
    private readonly KeyedTokenBuckets? _botRequests;

    public RequestRateLimiter(IOptions<RateLimitingOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        _tokens = new KeyedTokenBuckets(o.TokenRequestsPerMinute, Math.Max(1, o.TokenRequestsPerMinute / 4), time);
        _messages = new KeyedTokenBuckets(o.MessagesPerMinute, o.MessageBurst, time);
        _newConversations = new KeyedTokenBuckets(o.NewConversationsPerMinute, o.NewConversationsPerMinute, time);
        _botRequests = new KeyedTokenBuckets(o.BotRequestsPerMinute, Math.Max(1, o.BotRequestsPerMinute / 4), time);
    }

    public TimeSpan? TryAcquireToken(string clientKey) => _tokens?.TryTake(clientKey);

    public TimeSpan? TryAcquireMessage(string conversationId) => _messages?.TryTake(conversationId);

    public TimeSpan? TryAcquireNewConversation() => _newConversations?.TryTake(Everyone);

    public TimeSpan? TryAcquireBotRequest(string clientKey) => _botRequests?.TryTake(clientKey);
}
