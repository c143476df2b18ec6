using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Core.Answering.Crisis;

namespace FaqBot.Bot;

/// <summary>
/// The crisis and emergency reply as a Bot Framework hero card, which Web Chat and Teams both render: a title, the
/// text for the person at risk (or for someone worried about another, or for a medical emergency), and one button per
/// number that opens a <c>tel:</c> or <c>sms:</c> link, so help is one tap away on a phone. No disclaimer, no feedback
/// buttons, no quotes. The message text repeats everything as Markdown links for clients that show no cards.
/// </summary>
public static class CrisisCard
{
    /// <summary>The hero card's content type.</summary>
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    /// <summary>The reply activity for <paramref name="reply"/>.</summary>
    public static Activity Create(CrisisReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Locale = reply.Language,
            InputHint = "acceptingInput",
            Attachments = [new Attachment { ContentType = HeroCardContentType, Content = Content(reply) }],
        };
    }

    private static JsonElement Content(CrisisReply reply)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("title", reply.Title);
            writer.WriteString("text", Text(reply));
            writer.WriteStartArray("buttons");
            foreach (var contact in reply.Contacts)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "openUrl");
                writer.WriteString("title", contact.Label);
                writer.WriteString("value", contact.Uri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    // The card's text: the message, then what each number is, then the emergency room, one paragraph each (a single
    // newline does not break a line in Web Chat's or Teams' card Markdown).
    private static string Text(CrisisReply reply)
    {
        var paragraphs = new List<string> { reply.Text };
        paragraphs.AddRange(reply.Contacts.Where(c => c.Note.Length > 0).Select(c => $"{c.Label}: {c.Note}"));
        if (reply.EmergencyRoom.Length > 0)
        {
            paragraphs.Add(reply.EmergencyRoom);
        }

        return string.Join("\n\n", paragraphs);
    }
}
