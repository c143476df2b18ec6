using System.Text.Json.Serialization.Metadata;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// What a Direct Line operation answers, for the host to write: an HTTP status, the JSON body with the type information
/// that writes it, and for 429/503 how long the client should wait (the host's Retry-After).
/// </summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The response object (a token, conversation, activity set, resource or error response).</param>
/// <param name="BodyType">The source-generated type information for <paramref name="Body"/>.</param>
/// <param name="RetryAfter">How long to wait before retrying, or null.</param>
public sealed record DirectLineResult(int StatusCode, object Body, JsonTypeInfo BodyType, TimeSpan? RetryAfter = null)
{
    /// <summary>The error code and message when this is a protocol error, else null.</summary>
    public ErrorDetail? Error => (Body as ErrorResponse)?.Error;

    /// <summary>A success with <paramref name="body"/>.</summary>
    public static DirectLineResult Json<T>(T body, JsonTypeInfo<T> bodyType, int statusCode = 200)
        where T : notnull => new(statusCode, body, bodyType);
}
