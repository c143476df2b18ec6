using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Schema.Activities;

/// <summary>A user or bot in a conversation.</summary>
public sealed record ChannelAccount
{
    /// <summary>Channel-specific id.</summary>
    public string? Id { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>Entra object id (Teams).</summary>
    public string? AadObjectId { get; init; }
    /// <summary>user or bot.</summary>
    public string? Role { get; init; }
    /// <summary>Fields this model does not name.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; set; }
}
