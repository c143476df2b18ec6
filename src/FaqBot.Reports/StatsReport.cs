using FaqBot.Schema.Events;
using FaqBot.Core.Answering;

namespace FaqBot.Reports;

/// <summary>
/// The clinic's statistics for a period: questions per day by answer kind, helpfulness, and the unanswered questions
/// grouped by similarity (the review list). Rendered as Markdown for Teams, plain text for the terminal, or CSV.
/// </summary>
public sealed partial class StatsReport
{
    /// <summary>The default period: the last 7 days.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);

    /// <summary>The longest period a report covers, in days (ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>How many unanswered-question groups the Markdown (Teams) rendering lists.</summary>
    public const int TopUnansweredCount = 5;

    /// <summary>How many unanswered-question groups the plain-text (terminal) rendering lists.</summary>
    public const int PlainTextUnansweredCount = 20;

    private StatsReport(DateTimeOffset since, DateTimeOffset until, IReadOnlyList<DayStatistics> days,
        IReadOnlyList<QuestionGroup> unanswered, int unansweredWithoutText)
    {
        Since = since;
        Until = until;
        Days = days;
        Unanswered = unanswered;
        UnansweredWithoutText = unansweredWithoutText;
        ByKind = new Dictionary<AnswerKind, int>
        {
            [AnswerKind.Answer] = days.Sum(d => d.Answered),
            [AnswerKind.Clarify] = days.Sum(d => d.Clarified),
            [AnswerKind.Abstain] = days.Sum(d => d.Abstained),
            [AnswerKind.Crisis] = days.Sum(d => d.Crisis),
            [AnswerKind.Advice] = days.Sum(d => d.Advice),
            [AnswerKind.Smalltalk] = days.Sum(d => d.Smalltalk),
        };
        Questions = days.Sum(d => d.Questions);
        Helpful = days.Sum(d => d.Helpful);
        NotHelpful = days.Sum(d => d.NotHelpful);
    }

    /// <summary>Start of the period.</summary>
    public DateTimeOffset Since { get; }

    /// <summary>End of the period (the time the report was made).</summary>
    public DateTimeOffset Until { get; }

    /// <summary>Every UTC day of the period, oldest first; days without events are there with zeros.</summary>
    public IReadOnlyList<DayStatistics> Days { get; }

    /// <summary>Questions answered in the period.</summary>
    public int Questions { get; }

    /// <summary>Questions by answer kind; every kind is present, zero when unused.</summary>
    public IReadOnlyDictionary<AnswerKind, int> ByKind { get; }

    /// <summary>Feedback "helpful" in the period.</summary>
    public int Helpful { get; }

    /// <summary>Feedback "not helpful" in the period.</summary>
    public int NotHelpful { get; }

    /// <summary>The share of feedback that was "helpful", 0 to 100; null when there was no feedback.</summary>
    public double? HelpfulPercent => Helpful + NotHelpful == 0 ? null : 100.0 * Helpful / (Helpful + NotHelpful);

    /// <summary>All abstained questions stored with their text, alike ones grouped, largest group first.</summary>
    public IReadOnlyList<QuestionGroup> Unanswered { get; }

    /// <summary>The largest <see cref="TopUnansweredCount"/> groups of <see cref="Unanswered"/>.</summary>
    public IReadOnlyList<QuestionGroup> TopUnanswered => [.. Unanswered.Take(TopUnansweredCount)];

    /// <summary>Abstained questions recorded without their text (Storage:StoreQuestionText off): counted, not listed.</summary>
    public int UnansweredWithoutText { get; }

    /// <summary>Builds the report from the statistics of <c>[now - period, now]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The period is not positive or longer than <see cref="MaxDays"/> days.</exception>
    public static StatsReport Create(EventStatistics statistics, DateTimeOffset now, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(period, TimeSpan.FromDays(MaxDays));
        var since = now - period;
        return new StatsReport(since, now, AllDays(statistics.Days, since, now), QuestionGrouper.Group(statistics.Unanswered),
            statistics.UnansweredWithoutText);
    }

    // A table reads better with the quiet days in it; days the store returned outside the period are kept too.
    private static List<DayStatistics> AllDays(IReadOnlyList<DayStatistics> days, DateTimeOffset since, DateTimeOffset until)
    {
        var byDay = days.ToDictionary(d => d.Day);
        var first = DateOnly.FromDateTime(since.UtcDateTime);
        var last = DateOnly.FromDateTime(until.UtcDateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            byDay.TryAdd(day, new DayStatistics(day, 0, 0, 0, 0, 0, 0, 0, 0));
        }

        return [.. byDay.Values.OrderBy(d => d.Day)];
    }
}
