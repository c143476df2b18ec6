using System.Globalization;
using System.Text;
using FaqBot.Schema.Events;
using FaqBot.Core.Answering;

namespace FaqBot.Reports;

// The terminal rendering: aligned columns, patients' text on one line with control characters removed.
public sealed partial class StatsReport
{
    private static readonly string[] DayColumns =
        ["Day", "Questions", "Answered", "Clarified", "Abstained", "Crisis", "Advice", "Small talk", "Helpful", "Not helpful"];

    /// <summary>The report as plain text for a terminal: day table, totals, helpfulness, top unanswered groups.</summary>
    public string ToPlainText()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"Statistics for the last {(Until - Since).TotalDays:0.#} days ({Since:yyyy-MM-dd HH:mm} to {Until:yyyy-MM-dd HH:mm} UTC)\n\n");
        var total = new DayStatistics(default, ByKind[AnswerKind.Answer], ByKind[AnswerKind.Clarify], ByKind[AnswerKind.Abstain],
            ByKind[AnswerKind.Crisis], ByKind[AnswerKind.Advice], ByKind[AnswerKind.Smalltalk], Helpful, NotHelpful);
        var rows = Days.Select(d => Cells(d.Day.ToString("yyyy-MM-dd", c), d)).Append(Cells("Total", total)).ToList();
        var widths = DayColumns.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        AppendRow(sb, DayColumns, widths);
        foreach (var row in rows)
        {
            AppendRow(sb, row, widths);
        }

        sb.Append('\n');
        sb.Append(c, $"Questions: {Questions}\n");
        sb.Append(c, $"Answered: {ByKind[AnswerKind.Answer]}, clarified: {ByKind[AnswerKind.Clarify]}, abstained: {ByKind[AnswerKind.Abstain]}\n");
        sb.Append(c, $"Crisis: {ByKind[AnswerKind.Crisis]}, advice referrals: {ByKind[AnswerKind.Advice]}, small talk: {ByKind[AnswerKind.Smalltalk]}\n");
        sb.Append(c, $"Feedback: {Helpful} helpful, {NotHelpful} not helpful");
        sb.Append(HelpfulPercent is { } percent ? string.Create(c, $" ({percent:0}% helpful)\n\n") : "\n\n");
        if (WithoutTextNote() is { } note)
        {
            sb.Append(note).Append("\n\n");
        }

        AppendUnanswered(sb, c);
        return sb.ToString().TrimEnd() + "\n";
    }

    private void AppendUnanswered(StringBuilder sb, CultureInfo c)
    {
        if (Unanswered.Count == 0)
        {
            sb.Append("No unanswered questions in this period.\n");
            return;
        }

        var shown = Unanswered.Take(PlainTextUnansweredCount).ToList();
        var questions = Unanswered.Sum(g => g.Count);
        sb.Append(c, $"Unanswered questions, alike ones grouped ({Plural(Unanswered.Count, "group")}, {Plural(questions, "question")}; top {shown.Count}):\n");
        var rankWidth = Math.Max("Rank".Length, shown.Count.ToString(c).Length);
        var countWidth = Math.Max("Count".Length, shown.Max(g => g.Count.ToString(c).Length));
        sb.Append("Rank".PadLeft(rankWidth)).Append("  ").Append("Count".PadLeft(countWidth)).Append("  Question\n");
        for (var i = 0; i < shown.Count; i++)
        {
            sb.Append((i + 1).ToString(c).PadLeft(rankWidth)).Append("  ")
                .Append(shown[i].Count.ToString(c).PadLeft(countWidth)).Append("  ")
                .Append(OneLine(shown[i].Representative)).Append('\n');
        }
    }

    private static string[] Cells(string label, DayStatistics d)
    {
        var c = CultureInfo.InvariantCulture;
        return [label, d.Questions.ToString(c), d.Answered.ToString(c), d.Clarified.ToString(c), d.Abstained.ToString(c),
            d.Crisis.ToString(c), d.Advice.ToString(c), d.Smalltalk.ToString(c), d.Helpful.ToString(c), d.NotHelpful.ToString(c)];
    }

    // The first column left-aligned, the numbers right-aligned.
    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, int[] widths)
    {
        sb.Append(cells[0].PadRight(widths[0]));
        for (var i = 1; i < cells.Count; i++)
        {
            sb.Append("  ").Append(cells[i].PadLeft(widths[i]));
        }

        sb.Append('\n');
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
