using System.Globalization;
using System.Text;
using FaqBot.Core.Strings;
using FaqBot.Core.Answering;

namespace FaqBot.Reports;

// The Teams rendering: totals, a day table (the latest days), the top unanswered groups, escaped.
public sealed partial class StatsReport
{
    /// <summary>How many days (the latest) the Markdown day table shows; longer periods are in the CSV export.</summary>
    public const int MarkdownDayRows = 31;

    /// <summary>The report as Markdown for a Teams message (shown to staff only: it contains what patients typed).</summary>
    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"**Last {(Until - Since).TotalDays:0.#} days** ({Since:yyyy-MM-dd} to {Until:yyyy-MM-dd HH:mm} UTC)\n\n");
        sb.Append(c, $"- Questions: **{Questions}**\n");
        sb.Append(c, $"- Answered: {ByKind[AnswerKind.Answer]}, clarified: {ByKind[AnswerKind.Clarify]}, abstained: {ByKind[AnswerKind.Abstain]}\n");
        sb.Append(c, $"- Crisis: {ByKind[AnswerKind.Crisis]}, advice referrals: {ByKind[AnswerKind.Advice]}, small talk: {ByKind[AnswerKind.Smalltalk]}\n");
        sb.Append(c, $"- Feedback: {Helpful} helpful, {NotHelpful} not helpful");
        if (HelpfulPercent is { } percent)
        {
            sb.Append(c, $" ({percent:0}% helpful)");
        }

        sb.Append("\n\n");
        AppendDayTable(sb, c);
        if (WithoutTextNote() is { } note)
        {
            sb.Append(note).Append("\n\n");
        }

        if (Unanswered.Count == 0)
        {
            sb.Append("No unanswered questions in this period.");
            return sb.ToString();
        }

        sb.Append("**Most frequent unanswered questions**\n\n");
        var top = TopUnanswered;
        for (var i = 0; i < top.Count; i++)
        {
            sb.Append(c, $"{i + 1}. {top[i].Count}× \"{EscapeMarkdown(top[i].Representative)}\"\n");
        }

        if (Unanswered.Count > top.Count)
        {
            sb.Append(c, $"\n{Unanswered.Count - top.Count} more groups: `faqbot stats --export FILE.csv` lists them all.");
        }

        return sb.ToString().TrimEnd();
    }

    private void AppendDayTable(StringBuilder sb, CultureInfo c)
    {
        if (Questions == 0 && Helpful + NotHelpful == 0)
        {
            return;
        }

        sb.Append("| Day | Questions | Answered | Clarified | Abstained | Crisis | Advice | Small talk | Helpful | Not helpful |\n");
        sb.Append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        if (Days.Count > MarkdownDayRows)
        {
            sb.Append(c, $"| … {Days.Count - MarkdownDayRows} earlier days | | | | | | | | | |\n");
        }

        foreach (var d in Days.Skip(Math.Max(0, Days.Count - MarkdownDayRows)))
        {
            sb.Append(c, $"| {d.Day:yyyy-MM-dd} | {d.Questions} | {d.Answered} | {d.Clarified} | {d.Abstained} | {d.Crisis} | {d.Advice} | {d.Smalltalk} | {d.Helpful} | {d.NotHelpful} |\n");
        }

        sb.Append('\n');
    }

    private string? WithoutTextNote() => UnansweredWithoutText switch
    {
        0 => null,
        1 => "1 unanswered question was stored without its text (Storage:StoreQuestionText is off), so it is counted but not listed.",
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{UnansweredWithoutText} unanswered questions were stored without their text (Storage:StoreQuestionText is off), so they are counted but not listed."),
    };

    // A patient's text must show as typed, not as formatting, links or HTML.
    private static string EscapeMarkdown(string text)
    {
        var oneLine = OneLine(text);
        var sb = new StringBuilder(oneLine.Length);
        foreach (var ch in oneLine)
        {
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    // One line, control, bidi-override and zero-width characters gone (terminal escapes and reordering tricks
    // included), at most 200 characters and an ellipsis.
    private static string OneLine(string text) => InertText.OneLine(text, 201);
}
