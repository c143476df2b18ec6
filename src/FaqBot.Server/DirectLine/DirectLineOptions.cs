using System.ComponentModel.DataAnnotations;

namespace FaqBot.Server.DirectLine;

// Section "DirectLine": the self-hosted Direct Line 3.0 endpoint.
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    // Optional server-to-server secret (Authorization: Bearer <secret>), as in Azure; never sent to a browser.
    public string? Secret { get; set; }

    // HMAC-SHA256 key for tokens (at least 32 characters). Empty: a random key per process (tokens die on restart).
    public string? TokenSigningKey { get; set; }

    [Range(60, 86_400)] public int TokenLifetimeSeconds { get; set; } = 1800;

    // The streamUrl carries its own short-lived token: it must be opened within this time.
    [Range(5, 3600)] public int StreamUrlLifetimeSeconds { get; set; } = 60;

    [Range(1, 1_000_000)] public int MaxConversations { get; set; } = 10_000;

    [Range(1, 10_080)] public int ConversationIdleMinutes { get; set; } = 60;

    // Older activities beyond this are dropped from a conversation's history (ids and watermarks keep counting).
    [Range(10, 100_000)] public int MaxActivitiesPerConversation { get; set; } = 1000;

    // The longest text accepted (413 above; the chat page never sends such a message, it says so instead). Messages
    // up to FaqAnswerer.MaxMessageChars (20,000) are answered; longer ones are triaged in full and get a clear reply.
    [Range(1, 1_000_000)] public int MaxTextLength { get; set; } = 100_000;

    // Room for MaxTextLength characters even when JSON escapes each as \uXXXX (6 bytes), plus the activity around it.
    [Range(1024, 10_000_000)] public int MaxBodyBytes { get; set; } = 640 * 1024;

    // Empty WebSocket frames keep proxies from closing an idle stream.
    [Range(1, 3600)] public int HeartbeatSeconds { get; set; } = 15;

    public string BotId { get; set; } = "faqbot";
}
