using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// What of a visitor's posted activity is kept: only what the bot and Web Chat use, each field bounded, so a
/// conversation's history cannot be stuffed with 30 KB of channelData or entities per message.
/// </summary>
public static class PostedActivity
{
    /// <summary>The longest short field kept (type, locale, name, sender name, channelData strings); longer ones are cut.</summary>
    public const int MaxShortField = 64;

    /// <summary>The largest value, messageBack or feedback entity kept, in JSON characters; larger ones are dropped.</summary>
    public const int MaxValueChars = 1024;

    // Web Chat's own channelData fields: clientActivityID (matches the echo to the message sent), clientTimestamp,
    // postBack (hides a button click from the transcript) and messageBack (its display text).
    private static readonly string[] ShortChannelDataStrings = ["clientActivityID", "clientTimestamp"];

    /// <summary>
    /// The posted activity reduced to type, text, text format, locale, name, a small value (feedback buttons), Web
    /// Chat's channelData fields and a feedback vote's entity. Ids, channel, sender and addresses are set by the caller.
    /// </summary>
    public static Activity Keep(Activity posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return new Activity
        {
            Type = Bounded(posted.Type) ?? ActivityTypes.Message,
            Text = posted.Text,
            TextFormat = posted.TextFormat is "plain" or "markdown" or "xml" ? posted.TextFormat : null,
            Locale = Bounded(posted.Locale),
            Name = Bounded(posted.Name),
            LocalTimestamp = posted.LocalTimestamp,
            Value = posted.Value is { } value && value.GetRawText().Length <= MaxValueChars ? value : null,
            ChannelData = KeepChannelData(posted.ChannelData),
            Entities = KeepFeedbackVote(posted),
        };
    }

    // Web Chat's 👍/👎 click is an event whose one entity names the vote and the answer; that entity, if small, is
    // the only one ever kept.
    private static List<JsonElement>? KeepFeedbackVote(Activity posted) =>
        posted.Type == ActivityTypes.Event && posted.Name == FaqBot.Schema.Events.FeedbackVotes.EventName
            && posted.Entities is [{ ValueKind: JsonValueKind.Object } vote, ..] && vote.GetRawText().Length <= MaxValueChars
            ? [vote]
            : null;

    /// <summary>The value cut to <see cref="MaxShortField"/> characters.</summary>
    public static string? Bounded(string? value) => value is null || value.Length <= MaxShortField ? value : value[..MaxShortField];

    private static bool OnlyShortStrings(JsonElement data)
    {
        foreach (var property in data.EnumerateObject())
        {
            if (!ShortChannelDataStrings.Contains(property.Name, StringComparer.Ordinal) || property.Value.ValueKind != JsonValueKind.String
                || property.Value.GetString()!.Length > MaxShortField)
            {
                return false;
            }
        }

        return true;
    }

    private static JsonElement? KeepChannelData(JsonElement? channelData)
    {
        if (channelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        // What Web Chat sends (clientActivityID, maybe clientTimestamp) is kept as it came, without a rewrite.
        if (OnlyShortStrings(data))
        {
            return data;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var kept = 0;
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var name in ShortChannelDataStrings)
            {
                if (data.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String && text.GetString()!.Length <= MaxShortField)
                {
                    writer.WriteString(name, text.GetString());
                    kept++;
                }
            }

            if (data.TryGetProperty("postBack", out var postBack) && postBack.ValueKind == JsonValueKind.True)
            {
                writer.WriteBoolean("postBack", true);
                kept++;
            }

            if (data.TryGetProperty("messageBack", out var messageBack) && messageBack.ValueKind == JsonValueKind.Object
                && messageBack.GetRawText().Length <= MaxValueChars)
            {
                writer.WritePropertyName("messageBack");
                messageBack.WriteTo(writer);
                kept++;
            }

            writer.WriteEndObject();
        }

        if (kept == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
