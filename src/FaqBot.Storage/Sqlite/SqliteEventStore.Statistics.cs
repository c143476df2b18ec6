using FaqBot.Bot.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage.Events;

namespace FaqBot.Storage.Sqlite;

/// <summary>Statistics added up by SQLite (GROUP BY), returning what <see cref="EventStatisticsBuilder"/> would.</summary>
internal sealed partial class SqliteEventStore
{
    private static readonly int KindCount = Enum.GetValues<AnswerKind>().Length;

    public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var from = UnixTime.ToMilliseconds(since);
        var to = UnixTime.ToMilliseconds(until);
        return connections.ReadAsync(db =>
        {
            // One read transaction: the three queries see the same events.
            using var transaction = db.BeginTransaction(immediate: false);
            var days = new SortedDictionary<long, int[]>();
            using (var answers = db.PrepareCached(
                $"SELECT at / {UnixTime.MillisecondsPerDay} AS day, kind, count(*) FROM answer_events WHERE at >= ?1 AND at <= ?2 GROUP BY day, kind"))
            {
                answers.Bind(1, from).Bind(2, to);
                while (answers.Step())
                {
                    Day(days, answers.GetInt64(0))[(int)EventNames.ParseKind(answers.GetString(1))] += answers.GetInt32(2);
                }
            }

            using (var feedback = db.PrepareCached(
                $"SELECT at / {UnixTime.MillisecondsPerDay} AS day, rating, count(*) FROM feedback_events WHERE at >= ?1 AND at <= ?2 GROUP BY day, rating"))
            {
                feedback.Bind(1, from).Bind(2, to);
                while (feedback.Step())
                {
                    var column = EventNames.ParseRating(feedback.GetString(1)) == FeedbackRating.Helpful ? KindCount : KindCount + 1;
                    Day(days, feedback.GetInt64(0))[column] += feedback.GetInt32(2);
                }
            }

            var unanswered = new List<QuestionCount>();
            var withoutText = 0;
            using (var questions = db.PrepareCached(
                "SELECT question, count(*) FROM answer_events WHERE kind = ?3 AND at >= ?1 AND at <= ?2 GROUP BY question"))
            {
                questions.Bind(1, from).Bind(2, to).Bind(3, EventNames.Kind(AnswerKind.Abstain));
                while (questions.Step())
                {
                    if (questions.GetStringOrNull(0) is { } question)
                    {
                        unanswered.Add(new QuestionCount(question, questions.GetInt32(1)));
                    }
                    else
                    {
                        withoutText = questions.GetInt32(1);
                    }
                }
            }

            transaction.Commit();

            // Sorted here, not in SQL: SQLite compares text as UTF-8 bytes, .NET's ordinal as UTF-16 units.
            unanswered.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Question, b.Question));
            return new EventStatistics(
                [.. days.Select(d => new DayStatistics(DateOnly.FromDateTime(UnixTime.FromMilliseconds(d.Key * UnixTime.MillisecondsPerDay).UtcDateTime),
                    d.Value[(int)AnswerKind.Answer], d.Value[(int)AnswerKind.Clarify], d.Value[(int)AnswerKind.Abstain],
                    d.Value[(int)AnswerKind.Crisis], d.Value[(int)AnswerKind.Advice], d.Value[(int)AnswerKind.Smalltalk],
                    d.Value[KindCount], d.Value[KindCount + 1]))],
                unanswered,
                withoutText);
        }, cancellationToken);
    }

    private static int[] Day(SortedDictionary<long, int[]> days, long day)
    {
        if (!days.TryGetValue(day, out var counts))
        {
            counts = new int[KindCount + 2];
            days[day] = counts;
        }

        return counts;
    }
}
