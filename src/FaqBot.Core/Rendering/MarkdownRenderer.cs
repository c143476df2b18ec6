using System.Text;
using FaqBot.Core.Answering;

namespace FaqBot.Core.Rendering;

/// <summary>Renders an <see cref="Answer"/> as Markdown for Web Chat and Teams: quotes as blockquotes with their source.</summary>
public static class MarkdownRenderer
{
    /// <summary>Returns the Markdown text of <paramref name="answer"/>.</summary>
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var sb = new StringBuilder();
        if (answer.CrisisAbove is { } crisis)
        {
            // The crisis watch band: resources before the answer (an urgent reply's lead is already its crisis text).
            sb.Append(crisis.ToMarkdown()).Append("\n\n---\n\n");
        }

        if (answer.Lead.Length > 0)
        {
            sb.Append(answer.Lead).Append("\n\n");
        }

        for (var i = 0; i < answer.Quotes.Count; i++)
        {
            var quote = answer.Quotes[i];
            if (answer.Kind == AnswerKind.Clarify)
            {
                sb.Append("**").Append(i + 1).Append(".** ");
            }

            AppendBlockquote(sb, quote.Text);
            sb.Append("— *").Append(EscapeInline(SourceLabel(quote))).Append("*\n\n");
        }

        if (answer.Disclaimer is { Length: > 0 } disclaimer)
        {
            sb.Append("_").Append(disclaimer).Append("_");
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// The source line of a quote: document title, the heading when it differs, and for a PDF the file and page:
    /// "Aftercare instructions (aftercare.pdf, page 2)".
    /// </summary>
    public static string SourceLabel(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var label = quote.Heading is { Length: > 0 } heading && !heading.Equals(quote.DocumentTitle, StringComparison.OrdinalIgnoreCase)
            ? $"{quote.DocumentTitle} — {heading}"
            : quote.DocumentTitle;
        return quote.PageReference is { } page ? $"{label} ({page})" : label;
    }

    private static void AppendBlockquote(StringBuilder sb, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            sb.Append("> ").Append(EscapeLineStart(line.TrimEnd())).Append('\n');
        }

        sb.Append('\n');
    }

    // A quoted line that starts like Markdown syntax ("1." or "-") would otherwise turn into a list or rule.
    private static string EscapeLineStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < line.Length && line[digits] == '.')
        {
            return string.Concat(line.AsSpan(0, digits), "\\", line.AsSpan(digits));
        }

        return line[0] is '#' or '+' or '=' ? "\\" + line : line;
    }

    private static string EscapeInline(string text) => text.Replace("*", "\\*", StringComparison.Ordinal);
}
