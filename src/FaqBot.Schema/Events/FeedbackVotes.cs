using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Schema.Events;

/// <summary>
/// Web Chat's own 👍/👎 control under an answer, apart from the suggested questions: the answer carries a schema.org
/// Message entity whose potential actions are a LikeAction and a DislikeAction; a click makes Web Chat post an
/// <c>event</c> named <see cref="EventName"/> with the chosen action as its one entity. Each action's <c>@id</c>
/// names the question the answer replied to, so the vote is joined to its answer.
/// </summary>
public static class FeedbackVotes
{
    /// <summary>The name of the event Web Chat posts when a thumb is clicked.</summary>
    public const string EventName = "webchat:activity-status/feedback";

    private const string IdPrefix = "urn:faqbot:answer-to:";

    /// <summary>The entity that makes Web Chat show the thumbs under an answer to the activity <paramref name="answerTo"/>.</summary>
    public static JsonElement Entity(string? answerTo)
    {
        var id = IdPrefix + Uri.EscapeDataString(answerTo ?? string.Empty);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "https://schema.org/Message");
            writer.WriteString("@context", "https://schema.org");
            writer.WriteString("@id", string.Empty);
            writer.WriteString("@type", "Message");
            writer.WriteStartArray("potentialAction");
            foreach (var action in (string[])["LikeAction", "DislikeAction"])
            {
                writer.WriteStartObject();
                writer.WriteString("@type", action);
                writer.WriteString("@id", id);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Recognises a vote: the event <see cref="EventName"/> whose first entity is a Like or Dislike action.</summary>
    public static bool TryParse(Activity activity, [NotNullWhen(true)] out FeedbackRating? rating, out string? answerTo)
    {
        ArgumentNullException.ThrowIfNull(activity);
        rating = null;
        answerTo = null;
        if (activity.Type != ActivityTypes.Event || activity.Name != EventName
            || activity.Entities is not [{ ValueKind: JsonValueKind.Object } action, ..]
            || !action.TryGetProperty("@type", out var type))
        {
            return false;
        }

        rating = type.ValueKind != JsonValueKind.String ? null : type.GetString() switch
        {
            "LikeAction" => FeedbackRating.Helpful,
            "DislikeAction" => FeedbackRating.NotHelpful,
            "VoteAction" when action.TryGetProperty("actionOption", out var option) && option.ValueKind == JsonValueKind.String =>
                option.GetString() switch { "upvote" => FeedbackRating.Helpful, "downvote" => FeedbackRating.NotHelpful, _ => null },
            _ => null,
        };
        if (action.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString() is { } text && text.StartsWith(IdPrefix, StringComparison.Ordinal) && text.Length > IdPrefix.Length)
        {
            answerTo = Uri.UnescapeDataString(text[IdPrefix.Length..]);
        }

        return rating is not null;
    }
}
