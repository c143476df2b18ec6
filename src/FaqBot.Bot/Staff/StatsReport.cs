using System.Globalization;
using System.Text;
using FaqBot.Bot.Events;
using FaqBot.Core.Answering;

namespace FaqBot.Bot.Staff;

/// <summary>The staff <c>stats</c> report: questions by answer kind, helpfulness and the commonest unanswered questions of a period.</summary>
public sealed class StatsReport
{
    /// <summary>The default period: the last 7 days.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);

    /// <summary>How many unanswered-question groups the report lists.</summary>
    public const int TopUnansweredCount = 5;

    private StatsReport(DateTimeOffset since, DateTimeOffset until, int questions, IReadOnlyDictionary<AnswerKind, int> byKind,
        int helpful, int notHelpful, IReadOnlyList<QuestionGroup> topUnanswered)
    {
        Since = since;
        Until = until;
        Questions = questions;
        ByKind = byKind;
        Helpful = helpful;
        NotHelpful = notHelpful;
        TopUnanswered = topUnanswered;
    }

    /// <summary>Start of the period.</summary>
    public DateTimeOffset Since { get; }

    /// <summary>End of the period (the time the report was made).</summary>
    public DateTimeOffset Until { get; }

    /// <summary>Questions answered in the period.</summary>
    public int Questions { get; }

    /// <summary>Questions by answer kind; every kind is present, zero when unused.</summary>
    public IReadOnlyDictionary<AnswerKind, int> ByKind { get; }

    /// <summary>Feedback "helpful" in the period.</summary>
    public int Helpful { get; }

    /// <summary>Feedback "not helpful" in the period.</summary>
    public int NotHelpful { get; }

    /// <summary>The most frequent abstained questions, alike ones grouped, largest first.</summary>
    public IReadOnlyList<QuestionGroup> TopUnanswered { get; }

    /// <summary>Builds the report from the statistics of <c>[now - period, now]</c>.</summary>
    public static StatsReport Create(EventStatistics statistics, DateTimeOffset now, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var days = statistics.Days;
        var byKind = new Dictionary<AnswerKind, int>
        {
            [AnswerKind.Answer] = days.Sum(d => d.Answered),
            [AnswerKind.Clarify] = days.Sum(d => d.Clarified),
            [AnswerKind.Abstain] = days.Sum(d => d.Abstained),
            [AnswerKind.Crisis] = days.Sum(d => d.Crisis),
            [AnswerKind.Advice] = days.Sum(d => d.Advice),
            [AnswerKind.Smalltalk] = days.Sum(d => d.Smalltalk),
        };
        var unanswered = QuestionGrouper.Group(statistics.Unanswered);
        return new StatsReport(now - period, now, days.Sum(d => d.Questions), byKind, days.Sum(d => d.Helpful), days.Sum(d => d.NotHelpful),
            [.. unanswered.Take(TopUnansweredCount)]);
    }

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
        if (Helpful + NotHelpful > 0)
        {
            sb.Append(c, $" ({100.0 * Helpful / (Helpful + NotHelpful):0}% helpful)");
        }

        sb.Append("\n\n");
        if (TopUnanswered.Count == 0)
        {
            sb.Append("No unanswered questions in this period.");
            return sb.ToString();
        }

        sb.Append("**Most frequent unanswered questions**\n\n");
        for (var i = 0; i < TopUnanswered.Count; i++)
        {
            var group = TopUnanswered[i];
            sb.Append(c, $"{i + 1}. {group.Count}× \"{EscapeMarkdown(group.Representative)}\"\n");
        }

        return sb.ToString().TrimEnd();
    }

    // A patient's text must show as typed, not as formatting, links or HTML.
    private static string EscapeMarkdown(string text)
    {
        var oneLine = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length > 200)
        {
            oneLine = oneLine[..200] + "…";
        }

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
}
