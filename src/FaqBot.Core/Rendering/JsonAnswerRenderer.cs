using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FaqBot.Core.Answering;

namespace FaqBot.Core.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as the one-line JSON object of the <c>faqbot ask --json</c> contract:
/// <c>{"kind", "passages": [{"text", "source", "heading", "score"}], "reply", "followUps"}</c>; a passage from a PDF
/// also has <c>"page"</c>. <c>kind</c> is "crisis" for every reply that opens with the crisis card, the crisis watch
/// band's included (its passages are then the quotes under the card).
/// </summary>
public static class JsonAnswerRenderer
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the JSON object, on one line; <paramref name="id"/> is added first when given (batch mode).</summary>
    public static string Render(Answer answer, JsonElement? id = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            if (id is { } idValue)
            {
                writer.WritePropertyName("id");
                idValue.WriteTo(writer);
            }

            writer.WriteString("kind", KindName(ShownKind(answer)));
            writer.WriteStartArray("passages");
            foreach (var quote in answer.Quotes)
            {
                writer.WriteStartObject();
                writer.WriteString("text", quote.Text);
                writer.WriteString("source", quote.SourceFile);
                writer.WriteString("title", quote.DocumentTitle);
                writer.WriteString("heading", quote.Heading);
                if (quote.Page is { } page)
                {
                    writer.WriteNumber("page", page);
                }

                writer.WriteNumber("score", Math.Round(quote.Score, 4));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("reply", MarkdownRenderer.Render(answer));
            writer.WriteStartArray("followUps");
            foreach (var followUp in answer.FollowUps)
            {
                writer.WriteStringValue(followUp);
            }

            writer.WriteEndArray();
            writer.WriteNumber("confidence", Math.Round(answer.Confidence, 4));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // What the reply opens with: a reply whose message is in the crisis watch band shows the crisis card first and is a
    // crisis reply, its passages the quotes under the card. A reader of "kind" (a script, an evaluation) must not take a
    // reply that put crisis help first for an ordinary answer, nor one that showed a false alarm's card for none.
    private static AnswerKind ShownKind(Answer answer) => answer.CrisisAbove switch
    {
        { Emergency: true } => AnswerKind.Emergency,
        not null => AnswerKind.Crisis,
        null => answer.Kind,
    };

    /// <summary>The contract's lower-case name of a kind ("answer", "clarify", …).</summary>
    public static string KindName(AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => "answer",
        AnswerKind.Clarify => "clarify",
        AnswerKind.Abstain => "abstain",
        AnswerKind.Crisis => "crisis",
        AnswerKind.Advice => "advice",
        AnswerKind.Emergency => "emergency",
        _ => "smalltalk",
    };
}
