using FaqBot.Core.Answering;

namespace FaqBot.Bot.Events;

/// <summary>Adds up events into <see cref="EventStatistics"/> in memory (the durable stores do the same in SQL).</summary>
public sealed class EventStatisticsBuilder
{
    private readonly SortedDictionary<DateOnly, int[]> _days = [];
    private readonly Dictionary<string, int> _unanswered = new(StringComparer.Ordinal);
    private int _unansweredWithoutText;

    // Columns of a day's counter array: one per AnswerKind, then helpful, then not helpful.
    private static readonly int KindCount = Enum.GetValues<AnswerKind>().Length;

    /// <summary>Counts one answer.</summary>
    public void Add(AnswerEvent answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Day(answer.Timestamp)[(int)answer.Kind]++;
        if (answer.Kind != AnswerKind.Abstain)
        {
            return;
        }

        if (answer.Question is { } question)
        {
            _unanswered[question] = _unanswered.GetValueOrDefault(question) + 1;
        }
        else
        {
            _unansweredWithoutText++;
        }
    }

    /// <summary>Counts one feedback.</summary>
    public void Add(FeedbackEvent feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        Day(feedback.Timestamp)[KindCount + (feedback.Rating == FeedbackRating.Helpful ? 0 : 1)]++;
    }

    /// <summary>The statistics of everything added.</summary>
    public EventStatistics Build() => new(
        [.. _days.Select(d => new DayStatistics(d.Key,
            d.Value[(int)AnswerKind.Answer], d.Value[(int)AnswerKind.Clarify], d.Value[(int)AnswerKind.Abstain],
            d.Value[(int)AnswerKind.Crisis], d.Value[(int)AnswerKind.Advice], d.Value[(int)AnswerKind.Smalltalk],
            d.Value[KindCount], d.Value[KindCount + 1]))],
        [.. _unanswered.OrderByDescending(q => q.Value).ThenBy(q => q.Key, StringComparer.Ordinal).Select(q => new QuestionCount(q.Key, q.Value))],
        _unansweredWithoutText);

    private int[] Day(DateTimeOffset timestamp)
    {
        var day = DateOnly.FromDateTime(timestamp.UtcDateTime);
        if (!_days.TryGetValue(day, out var counts))
        {
            counts = new int[KindCount + 2];
            _days[day] = counts;
        }

        return counts;
    }
}
