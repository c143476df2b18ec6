using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.Schema.Activities;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>Conversation id.</summary>
    public string? Id { get; init; }
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>True for group chats and channels.</summary>
    public bool? IsGroup { get; init; }
    /// <summary>Teams: personal, groupChat or channel.</summary>
    public string? ConversationType { get; init; }
    /// <summary>Tenant id (Teams).</summary>
    public string? TenantId { get; init; }
    /// <summary>Fields this model does not name.</summary>
    [JsonExtensionData] public IDictionary<string, JsonElement>? Extra { get; set; }
}
