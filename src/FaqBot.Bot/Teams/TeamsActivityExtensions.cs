using System.Text.Json;
using System.Text.RegularExpressions;
using FaqBot.Schema.Activities;

namespace FaqBot.Bot.Teams;

/// <summary>Teams-specific reads of an activity: the bot's @mention, the tenant.</summary>
public static class TeamsActivityExtensions
{
    /// <summary>The Bot Framework channel id of Microsoft Teams.</summary>
    public const string TeamsChannelId = "msteams";

    /// <summary>
    /// The activity text without the mentions of the recipient (the bot), found through the mention entities,
    /// never by parsing names out of the text; leftover <c>&amp;nbsp;</c> and whitespace are trimmed.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var recipientId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(recipientId) || activity.Entities is null)
        {
            return text;
        }

        foreach (var entity in activity.Entities)
        {
            if (!IsMentionOf(entity, recipientId, out var mentionText))
            {
                continue;
            }

            text = Regex.Replace(text, Regex.Escape(mentionText), " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }

        return NormalizeSpaces(text);
    }

    /// <summary>The tenant from conversation.tenantId, else channelData.tenant.id; null when neither is present.</summary>
    public static string? GetTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return NonEmpty(activity.Conversation?.TenantId) ?? GetChannelDataTenantId(activity);
    }

    /// <summary>channelData.tenant.id, or null.</summary>
    public static string? GetChannelDataTenantId(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            return NonEmpty(id.GetString());
        }

        return null;
    }

    private static bool IsMentionOf(JsonElement entity, string recipientId, out string mentionText)
    {
        mentionText = string.Empty;
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "mention"
            || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !string.Equals(id.GetString(), recipientId, StringComparison.Ordinal))
        {
            return false;
        }

        if (entity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(text.GetString()))
        {
            mentionText = text.GetString()!;
            return true;
        }

        // Fallback of the SDK: the mention markup built from the mentioned name.
        if (mentioned.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(name.GetString()))
        {
            mentionText = $"<at>{name.GetString()}</at>";
            return true;
        }

        return false;
    }

    private static string NormalizeSpaces(string text)
    {
        var replaced = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace('\u00A0', ' ');
        return Regex.Replace(replaced, "[ \t]{2,}", " ", RegexOptions.None, TimeSpan.FromMilliseconds(100)).Trim();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
