using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Schema.Activities;

/// <summary>A card or file attached to an activity.</summary>
public sealed record Attachment
{
    /// <summary>MIME type or card content type.</summary>
    public string? ContentType { get; init; }
    /// <summary>Inline content (card JSON).</summary>
    public JsonElement? Content { get; init; }
    /// <summary>URL of the content.</summary>
    public string? ContentUrl { get; init; }
    /// <summary>File name.</summary>
    public string? Name { get; init; }
    /// <summary>Thumbnail URL.</summary>
    public string? ThumbnailUrl { get; init; }
    /// <summary>Fields this model does not name.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; set; }
}
