using System.ComponentModel.DataAnnotations;

namespace FaqBot.Server.RateLimiting;

// Section "RateLimiting": Enabled=false turns every limit off (load benchmarks).
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    // tokens/generate and secret-less conversation starts, per client IP.
    [Range(1, 100_000)] public int TokenRequestsPerMinute { get; set; } = 20;

    // Posted activities, per conversation.
    [Range(1, 100_000)] public int MessagesPerMinute { get; set; } = 30;

    // Short bursts allowed above the steady rate (a patient clicking buttons quickly).
    [Range(1, 10_000)] public int MessageBurst { get; set; } = 10;
}
