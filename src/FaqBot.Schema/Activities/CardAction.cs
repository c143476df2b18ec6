using System.Text.Json;

namespace FaqBot.Schema.Activities;

/// <summary>A button: imBack, postBack, messageBack, openUrl, …</summary>
public sealed record CardAction
{
    /// <summary>Action type, e.g. imBack.</summary>
    public string Type { get; init; } = "imBack";
    /// <summary>Button caption.</summary>
    public string? Title { get; init; }
    /// <summary>Text sent (messageBack).</summary>
    public string? Text { get; init; }
    /// <summary>Text shown in the chat (messageBack).</summary>
    public string? DisplayText { get; init; }
    /// <summary>Payload; for imBack the string posted as the user's message.</summary>
    public JsonElement? Value { get; init; }
}
