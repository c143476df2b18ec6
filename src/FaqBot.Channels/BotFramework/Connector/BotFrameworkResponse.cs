using System.Text.Json;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>What the channel endpoint answers: an HTTP status and, for invokes, a JSON body.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The invoke response body, or null for an empty body.</param>
/// <param name="FailureReason">
/// Why a request was refused (401), for the host to log as it sees fit (rate-limited per client); request fields in it
/// are already made safe for a log line.
/// </param>
public sealed record BotFrameworkResponse(int StatusCode, JsonElement? Body = null, string? FailureReason = null);
