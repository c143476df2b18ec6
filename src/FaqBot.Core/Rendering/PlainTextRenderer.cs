using System.Text;
using FaqBot.Core.Answering;

namespace FaqBot.Core.Rendering;

/// <summary>Renders an <see cref="Answer"/> as plain text for a terminal.</summary>
public static class PlainTextRenderer
{
    /// <summary>Returns the plain-text rendering: lead, quoted passages with their source, follow-ups, disclaimer.</summary>
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sb = new StringBuilder();
        if (answer.Crisis is { } crisis)
        {
            // Numbers spelled out, no link syntax: a terminal cannot tap a link.
            sb.Append(crisis.Title).Append("\n\n").Append(crisis.Text).Append("\n\n");
            foreach (var contact in crisis.Contacts)
            {
                sb.Append("  • ").Append(contact.Label).Append(" (").Append(contact.Uri).Append(')').Append(contact.Note.Length > 0 ? ": " + contact.Note : "").Append('\n');
            }

            sb.Append(crisis.EmergencyRoom).Append("\n\n");
        }

        // An urgent reply's lead is its crisis text again; any other reply keeps its lead under a watch-band card.
        if (!answer.IsUrgent && answer.Lead.Length > 0)
        {
            sb.Append(StripMarkdown(answer.Lead)).Append("\n\n");
        }

        for (var i = 0; i < answer.Quotes.Count; i++)
        {
            var quote = answer.Quotes[i];
            var label = answer.Kind == AnswerKind.Clarify ? $"{i + 1}. " : "";
            foreach (var line in quote.Text.Split('\n'))
            {
                sb.Append(label.Length > 0 ? label : "  ").Append('“').Append(line).Append("”\n");
                label = "";
            }

            // A PDF's label already names the file with the page.
            var file = quote.PageReference is null ? $" ({quote.SourceFile})" : "";
            sb.Append("    — ").Append(MarkdownRenderer.SourceLabel(quote)).Append(file).Append("\n\n");
        }

        if (answer.FollowUps.Count > 0)
        {
            sb.Append("You could also ask:\n");
            foreach (var followUp in answer.FollowUps)
            {
                sb.Append("  • ").Append(followUp).Append('\n');
            }

            sb.Append('\n');
        }

        if (answer.Disclaimer is { Length: > 0 } disclaimer)
        {
            sb.Append(disclaimer);
        }

        return sb.ToString().TrimEnd();
    }

    private static string StripMarkdown(string text) => text.Replace("**", "", StringComparison.Ordinal);
}
