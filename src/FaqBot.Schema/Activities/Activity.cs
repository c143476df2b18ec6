using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Schema.Activities;

/// <summary>A Bot Framework activity (camelCase JSON); unknown fields round-trip through <see cref="Extra"/>.</summary>
public sealed record Activity
{
    /// <summary>The activity type, one of <see cref="ActivityTypes"/> or any other string.</summary>
    public string Type { get; init; } = ActivityTypes.Message;

    /// <summary>Id assigned by the channel.</summary>
    public string? Id { get; init; }

    /// <summary>UTC time the channel recorded the activity.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Client's local time, with offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>Client's IANA time zone.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Where replies go (Connector base URL).</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel: msteams, webchat, directline, …</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The recipient.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>Format of <see cref="Text"/>: markdown, plain or xml.</summary>
    public string? TextFormat { get; init; }

    /// <summary>The message text.</summary>
    public string? Text { get; init; }

    /// <summary>BCP-47 locale.</summary>
    public string? Locale { get; init; }

    /// <summary>acceptingInput, expectingInput or ignoringInput.</summary>
    public string? InputHint { get; init; }

    /// <summary>Attachments (cards, files).</summary>
    public IList<Attachment>? Attachments { get; init; }

    /// <summary>list or carousel.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Quick replies shown with the message.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Entities: mentions, client info, …, kept as raw JSON.</summary>
    public IList<JsonElement>? Entities { get; init; }

    /// <summary>Channel-specific data, kept as raw JSON (Web Chat's clientActivityID must come back unchanged).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Id of the activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Members added (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members removed (conversationUpdate).</summary>
    public IList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Reactions added (messageReaction).</summary>
    public IList<MessageReaction>? ReactionsAdded { get; init; }

    /// <summary>Reactions removed (messageReaction).</summary>
    public IList<MessageReaction>? ReactionsRemoved { get; init; }

    /// <summary>add / remove (installationUpdate).</summary>
    public string? Action { get; init; }

    /// <summary>Event or invoke name.</summary>
    public string? Name { get; init; }

    /// <summary>Event, invoke or card-action payload.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Fields this model does not name, preserved verbatim.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
