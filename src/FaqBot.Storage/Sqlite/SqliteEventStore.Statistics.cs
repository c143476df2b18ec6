using FaqBot.Schema.Events;
using FaqBot.Storage.Events;

namespace FaqBot.Storage.Sqlite;

/// <summary>Statistics added up by SQLite (GROUP BY), assembled by <see cref="EventStatisticsBuilder"/>.</summary>
internal sealed partial class SqliteEventStore
{
    public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var from = UnixTime.ToMilliseconds(since);
        var to = UnixTime.ToMilliseconds(until);

        // The day bounds let SQLite walk the day index; like SQLite's "/", C#'s truncates, so they agree (times
        // before 1970 would be put on the wrong day, and there are none).
        var fromDay = from / UnixTime.MillisecondsPerDay;
        var toDay = to / UnixTime.MillisecondsPerDay;
        return connections.ReadAsync(db =>
        {
            // One read transaction: the three queries see the same events.
            using var transaction = db.BeginTransaction(immediate: false);
            var statistics = new EventStatisticsBuilder();
            using (var answers = db.Query(
                $"""
                SELECT at / {UnixTime.MillisecondsPerDay}, kind, count(*) FROM answer_events INDEXED BY answer_events_day_kind
                WHERE at / {UnixTime.MillisecondsPerDay} BETWEEN ?3 AND ?4 AND at >= ?1 AND at <= ?2
                GROUP BY at / {UnixTime.MillisecondsPerDay}, kind
                """,
                from, to, fromDay, toDay))
            {
                while (answers.Read())
                {
                    statistics.AddAnswers(Day(answers.GetInt64(0)), EventNames.ParseKind(answers.GetString(1)), answers.GetInt32(2));
                }
            }

            using (var feedback = db.Query(
                $"""
                SELECT at / {UnixTime.MillisecondsPerDay}, rating, count(*) FROM feedback_events INDEXED BY feedback_events_day_rating
                WHERE at / {UnixTime.MillisecondsPerDay} BETWEEN ?3 AND ?4 AND at >= ?1 AND at <= ?2
                GROUP BY at / {UnixTime.MillisecondsPerDay}, rating
                """,
                from, to, fromDay, toDay))
            {
                while (feedback.Read())
                {
                    statistics.AddFeedback(Day(feedback.GetInt64(0)), EventNames.ParseRating(feedback.GetString(1)), feedback.GetInt32(2));
                }
            }

            using (var questions = db.Query(
                // The literal 'abstain' (not a parameter) is what lets SQLite use the partial index.
                "SELECT question, count(*) FROM answer_events INDEXED BY answer_events_abstained WHERE kind = 'abstain' AND at >= ?1 AND at <= ?2 GROUP BY question",
                from, to))
            {
                while (questions.Read())
                {
                    statistics.AddUnanswered(questions.GetStringOrNull(0), questions.GetInt32(1));
                }
            }

            transaction.Commit();

            // The builder orders the questions: SQLite compares text as UTF-8 bytes, .NET's ordinal as UTF-16 units.
            return statistics.Build();
        }, cancellationToken);
    }

    private static DateOnly Day(long unixDay) => EventStatisticsBuilder.DayOf(UnixTime.FromMilliseconds(unixDay * UnixTime.MillisecondsPerDay));
}
