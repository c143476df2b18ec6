using FaqBot.Core.Answering;

namespace FaqBot.Schema.Events;

/// <summary>
/// Adds up events, or counts already grouped by a database, into <see cref="EventStatistics"/>: days in order,
/// unanswered questions by count then ordinal text (the one ordering every store returns).
/// </summary>
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
        AddAnswers(DayOf(answer.Timestamp), answer.Kind, 1);
        if (answer.Kind == AnswerKind.Abstain)
        {
            AddUnanswered(answer.Question, 1);
        }
    }

    /// <summary>Counts one feedback.</summary>
    public void Add(FeedbackEvent feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        AddFeedback(DayOf(feedback.Timestamp), feedback.Rating, 1);
    }

    /// <summary>Counts <paramref name="count"/> answers of one kind on one day (a database's GROUP BY row).</summary>
    public void AddAnswers(DateOnly day, AnswerKind kind, int count) => Day(day)[(int)kind] += count;

    /// <summary>Counts <paramref name="count"/> feedback of one rating on one day.</summary>
    public void AddFeedback(DateOnly day, FeedbackRating rating, int count) =>
        Day(day)[KindCount + (rating == FeedbackRating.Helpful ? 0 : 1)] += count;

    /// <summary>Counts <paramref name="count"/> abstained questions asked as <paramref name="question"/> (null: stored without text).</summary>
    public void AddUnanswered(string? question, int count)
    {
        if (question is null)
        {
            _unansweredWithoutText += count;
        }
        else
        {
            _unanswered[question] = _unanswered.GetValueOrDefault(question) + count;
        }
    }

    /// <summary>The UTC day of a moment.</summary>
    public static DateOnly DayOf(DateTimeOffset timestamp) => DateOnly.FromDateTime(timestamp.UtcDateTime);

    /// <summary>The statistics of everything added.</summary>
    public EventStatistics Build() => new(
        [.. _days.Select(d => new DayStatistics(d.Key,
            d.Value[(int)AnswerKind.Answer], d.Value[(int)AnswerKind.Clarify], d.Value[(int)AnswerKind.Abstain],
            d.Value[(int)AnswerKind.Crisis] + d.Value[(int)AnswerKind.Emergency], d.Value[(int)AnswerKind.Advice], d.Value[(int)AnswerKind.Smalltalk],
            d.Value[KindCount], d.Value[KindCount + 1]))],
        [.. _unanswered.OrderByDescending(q => q.Value).ThenBy(q => q.Key, StringComparer.Ordinal).Select(q => new QuestionCount(q.Key, q.Value))],
        _unansweredWithoutText);

    private int[] Day(DateOnly day)
    {
        if (!_days.TryGetValue(day, out var counts))
        {
            counts = new int[KindCount + 2];
            _days[day] = counts;
        }

        return counts;
    }
}
