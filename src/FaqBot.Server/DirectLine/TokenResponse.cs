using System.Text.Json.Serialization;

namespace FaqBot.Server.DirectLine;

public sealed record TokenResponse(string ConversationId, string Token, [property: JsonPropertyName("expires_in")] int ExpiresIn);
