using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.RateLimiting;

// Token buckets per client IP (token requests) and per conversation (posts). Applied after authentication, so one
// visitor cannot use up another conversation's budget.
public sealed class DirectLineRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _tokens;
    private readonly PartitionedRateLimiter<string>? _messages;

    public DirectLineRateLimiter(IOptions<RateLimitingOptions> options)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        _tokens = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, o.TokenRequestsPerMinute / 4),
                TokensPerPeriod = o.TokenRequestsPerMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        _messages = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = o.MessageBurst,
                TokensPerPeriod = Math.Max(1, o.MessagesPerMinute / 6),
                ReplenishmentPeriod = TimeSpan.FromSeconds(10),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    // Returns null when allowed, else the time to wait.
    public TimeSpan? TryAcquireToken(string clientKey) => TryAcquire(_tokens, clientKey);

    public TimeSpan? TryAcquireMessage(string conversationId) => TryAcquire(_messages, conversationId);

    public void Dispose()
    {
        _tokens?.Dispose();
        _messages?.Dispose();
    }

    private static TimeSpan? TryAcquire(PartitionedRateLimiter<string>? limiter, string key)
    {
        if (limiter is null)
        {
            return null;
        }

        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
    }
}
