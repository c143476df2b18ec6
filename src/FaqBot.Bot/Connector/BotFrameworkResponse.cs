using System.Text.Json;

namespace FaqBot.Bot.Connector;

/// <summary>What the channel endpoint answers: an HTTP status and, for invokes, a JSON body.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The invoke response body, or null for an empty body.</param>
public sealed record BotFrameworkResponse(int StatusCode, JsonElement? Body = null);
