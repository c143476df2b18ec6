using FaqBot.Schema.Events;
using FaqBot.Storage.Events;
using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>Statistics computed by the server (GROUP BY), assembled by <see cref="EventStatisticsBuilder"/>.</summary>
internal sealed partial class PostgresEventStore
{
    private const string FeedbackPrefix = "feedback:";

    // Three result sets in one round trip: counts per UTC day and kind/rating, abstained questions with text, without.
    private const string DaysSql = """
        SELECT (at AT TIME ZONE 'UTC')::date AS day, kind, count(*)::integer
        FROM answer_events WHERE at >= @since AND at <= @until GROUP BY 1, 2
        UNION ALL
        SELECT (at AT TIME ZONE 'UTC')::date, 'feedback:' || rating, count(*)::integer
        FROM feedback_events WHERE at >= @since AND at <= @until GROUP BY 1, 2
        """;

    private const string UnansweredSql = """
        SELECT question, count(*)::integer FROM answer_events
        WHERE kind = 'abstain' AND at >= @since AND at <= @until AND question IS NOT NULL GROUP BY question
        """;

    private const string WithoutTextSql = """
        SELECT count(*)::integer FROM answer_events
        WHERE kind = 'abstain' AND at >= @since AND at <= @until AND question IS NULL
        """;

    public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, token) =>
        {
            await using var batch = new NpgsqlBatch(connection);
            foreach (var sql in new[] { DaysSql, UnansweredSql, WithoutTextSql })
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(sql)
                {
                    Parameters = { new("since", since.ToUniversalTime()), new("until", until.ToUniversalTime()) },
                });
            }

            await using var reader = await batch.ExecuteReaderAsync(token).ConfigureAwait(false);
            var statistics = new EventStatisticsBuilder();
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                var (day, name, count) = (reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.GetInt32(2));
                if (name.StartsWith(FeedbackPrefix, StringComparison.Ordinal))
                {
                    statistics.AddFeedback(day, EventNames.ParseRating(name[FeedbackPrefix.Length..]), count);
                }
                else
                {
                    statistics.AddAnswers(day, EventNames.ParseKind(name), count);
                }
            }

            await reader.NextResultAsync(token).ConfigureAwait(false);
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                statistics.AddUnanswered(reader.GetString(0), reader.GetInt32(1));
            }

            await reader.NextResultAsync(token).ConfigureAwait(false);
            await reader.ReadAsync(token).ConfigureAwait(false);
            statistics.AddUnanswered(null, reader.GetInt32(0));

            // The builder orders the questions: PostgreSQL collations do not order as .NET's ordinal comparison does.
            return statistics.Build();
        }, cancellationToken);
}
