using FaqBot.Bot.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage.Events;
using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>Statistics computed by the server (GROUP BY), returning what <see cref="EventStatisticsBuilder"/> would.</summary>
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
            var days = new SortedDictionary<DateOnly, DayCounts>();
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                var day = reader.GetFieldValue<DateOnly>(0);
                if (!days.TryGetValue(day, out var counts))
                {
                    counts = new DayCounts();
                    days[day] = counts;
                }

                counts.Add(reader.GetString(1), reader.GetInt32(2));
            }

            await reader.NextResultAsync(token).ConfigureAwait(false);
            var unanswered = new List<QuestionCount>();
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                unanswered.Add(new QuestionCount(reader.GetString(0), reader.GetInt32(1)));
            }

            await reader.NextResultAsync(token).ConfigureAwait(false);
            await reader.ReadAsync(token).ConfigureAwait(false);
            var withoutText = reader.GetInt32(0);

            // Sorted here rather than in SQL: PostgreSQL collations do not order as .NET's ordinal comparison does.
            unanswered.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Question, b.Question));
            return new EventStatistics([.. days.Select(d => d.Value.ToStatistics(d.Key))], unanswered, withoutText);
        }, cancellationToken);

    private sealed class DayCounts
    {
        private readonly int[] _kinds = new int[Enum.GetValues<AnswerKind>().Length];
        private int _helpful;
        private int _notHelpful;

        public void Add(string name, int count)
        {
            if (name.StartsWith(FeedbackPrefix, StringComparison.Ordinal))
            {
                if (EventNames.ParseRating(name[FeedbackPrefix.Length..]) == FeedbackRating.Helpful)
                {
                    _helpful += count;
                }
                else
                {
                    _notHelpful += count;
                }
            }
            else
            {
                _kinds[(int)EventNames.ParseKind(name)] += count;
            }
        }

        public DayStatistics ToStatistics(DateOnly day) => new(day,
            _kinds[(int)AnswerKind.Answer], _kinds[(int)AnswerKind.Clarify], _kinds[(int)AnswerKind.Abstain],
            _kinds[(int)AnswerKind.Crisis], _kinds[(int)AnswerKind.Advice], _kinds[(int)AnswerKind.Smalltalk], _helpful, _notHelpful);
    }
}
