using System.ComponentModel.DataAnnotations;

namespace FaqBot.Channels.DirectLine;

/// <summary>Section "DirectLine": the self-hosted Direct Line 3.0 endpoint.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>Optional server-to-server secret (Authorization: Bearer &lt;secret&gt;), as in Azure; never sent to a browser.</summary>
    public string? Secret { get; set; }

    /// <summary>HMAC-SHA256 key for tokens (at least 32 characters).</summary>
    /// <value>The default value is empty: a random key per process (tokens die on restart) unless storage keeps one.</value>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a conversation token lives.</summary>
    /// <value>The default value is 1800 seconds.</value>
    [Range(60, 86_400)] public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>The streamUrl carries its own short-lived token: it must be opened within this time.</summary>
    /// <value>The default value is 60 seconds.</value>
    [Range(5, 3600)] public int StreamUrlLifetimeSeconds { get; set; } = 60;

    /// <summary>The most conversations kept at once.</summary>
    /// <value>The default value is 10,000.</value>
    [Range(1, 1_000_000)] public int MaxConversations { get; set; } = 10_000;

    /// <summary>A conversation idle for longer is removed.</summary>
    /// <value>The default value is 60 minutes.</value>
    [Range(1, 10_080)] public int ConversationIdleMinutes { get; set; } = 60;

    /// <summary>Older activities beyond this are dropped from a conversation's history (ids and watermarks keep counting).</summary>
    /// <value>The default value is 1000.</value>
    [Range(10, 100_000)] public int MaxActivitiesPerConversation { get; set; } = 1000;

    /// <summary>
    /// The longest text accepted (413 above; the chat page never sends such a message, it says so instead). Messages
    /// up to FaqAnswerer.MaxMessageChars (20,000) are answered; longer ones are triaged in full and get a clear reply.
    /// </summary>
    /// <value>The default value is 100,000 characters.</value>
    [Range(1, 1_000_000)] public int MaxTextLength { get; set; } = 100_000;

    /// <summary>Room for MaxTextLength characters even when JSON escapes each as \uXXXX (6 bytes), plus the activity around it.</summary>
    /// <value>The default value is 640 KiB.</value>
    [Range(1024, 10_000_000)] public int MaxBodyBytes { get; set; } = 640 * 1024;

    /// <summary>Empty WebSocket frames keep proxies from closing an idle stream.</summary>
    /// <value>The default value is 15 seconds.</value>
    [Range(1, 3600)] public int HeartbeatSeconds { get; set; } = 15;

    /// <summary>The bot's account id in activities.</summary>
    /// <value>The default value is "faqbot".</value>
    public string BotId { get; set; } = "faqbot";
}
