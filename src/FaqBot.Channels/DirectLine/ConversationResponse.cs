using System.Text.Json.Serialization;

namespace FaqBot.Channels.DirectLine;

/// <summary>The answer to starting or reconnecting to a conversation.</summary>
/// <param name="ConversationId">The conversation the token is bound to.</param>
/// <param name="Token">The conversation token (the caller's own, or a new one for the secret).</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="StreamUrl">The single-use WebSocket URL, with its own short-lived stream token.</param>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string StreamUrl);
