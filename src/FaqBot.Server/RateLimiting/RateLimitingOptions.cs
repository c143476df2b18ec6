using System.ComponentModel.DataAnnotations;

namespace FaqBot.Server.RateLimiting;

// Section "RateLimiting": Enabled=false turns every limit off (load benchmarks). "Client" means an IPv4 address or
// an IPv6 /64 network (ClientAddress).
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    // tokens/generate without the secret, per client (bursts of a quarter of it).
    [Range(1, 100_000)] public int TokenRequestsPerMinute { get; set; } = 20;

    // Posted activities, per conversation.
    [Range(1, 100_000)] public int MessagesPerMinute { get; set; } = 30;

    // Short bursts allowed above the steady rate (a patient clicking buttons quickly).
    [Range(1, 10_000)] public int MessageBurst { get; set; } = 10;

    // New Direct Line conversations per minute over all clients together (a burst of as many at once): many
    // addresses together cannot fill DirectLine:MaxConversations in a moment.
    [Range(1, 1_000_000)] public int NewConversationsPerMinute { get; set; } = 600;

    // Requests to /api/messages per client (bursts of a quarter of it). Teams posts from a few Microsoft addresses.
    [Range(1, 1_000_000)] public int BotRequestsPerMinute { get; set; } = 1200;

    // Rejected requests (401/403) per client; beyond it the client's Direct Line and /api/messages requests get 429
    // without being looked at until its budget refills.
    [Range(1, 100_000)] public int RejectedRequestsPerMinute { get; set; } = 30;

    // Rejections are logged at most once per client per this many seconds, with the count since the last line.
    [Range(1, 86_400)] public int RejectionLogSeconds { get; set; } = 60;
}
