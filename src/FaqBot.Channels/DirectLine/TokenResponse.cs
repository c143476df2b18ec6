using System.Text.Json.Serialization;

namespace FaqBot.Channels.DirectLine;

/// <summary>The answer to tokens/generate and tokens/refresh.</summary>
/// <param name="ConversationId">The conversation the token is bound to.</param>
/// <param name="Token">The conversation token.</param>
/// <param name="ExpiresIn">Seconds until it expires.</param>
public sealed record TokenResponse(string ConversationId, string Token, [property: JsonPropertyName("expires_in")] int ExpiresIn);
