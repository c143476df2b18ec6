using System.Runtime.CompilerServices;
using FaqBot.Schema.Events;
using FaqBot.Storage.Events;
using Microsoft.Data.Sqlite;

namespace FaqBot.Storage.Sqlite;

/// <summary>The event log in SQLite: answer_events and feedback_events.</summary>
internal sealed partial class SqliteEventStore(SqliteConnectionPool connections) : IEventStore
{
    // Reads stream in pages, so an export of a million events neither holds a connection while the caller works
    // nor keeps everything in memory.
    private const int PageSize = 1000;

    private const string AnswerColumns =
        "at, channel, conversation_id, activity_id, question, kind, confidence, top_score, quote_count, sources";

    private const string InsertAnswer = $"INSERT INTO answer_events ({AnswerColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

    public Task AppendAsync(IReadOnlyList<AnswerEvent> answers, IReadOnlyList<FeedbackEvent> feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(feedback);
        if (answers.Count == 0 && feedback.Count == 0)
        {
            return Task.CompletedTask;
        }

        return connections.WriteAsync(db =>
        {
            using var transaction = db.BeginTransaction(immediate: true);
            foreach (var answer in answers)
            {
                db.Execute(InsertAnswer, UnixTime.ToMilliseconds(answer.Timestamp), answer.ChannelId, answer.ConversationId, answer.ActivityId,
                    answer.Question, EventNames.Kind(answer.Kind), Finite(answer.Confidence), Finite(answer.TopScore), (long)answer.QuoteCount,
                    EventNames.JoinSources(answer.Sources));
            }

            foreach (var item in feedback)
            {
                db.Execute("INSERT INTO feedback_events (at, conversation_id, answer_to, rating) VALUES (?1, ?2, ?3, ?4)",
                    UnixTime.ToMilliseconds(item.Timestamp), item.ConversationId, item.AnswerToActivityId, EventNames.Rating(item.Rating));
            }

            transaction.Commit();
            return true;
        }, cancellationToken);
    }

    public Task<long> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        var before = UnixTime.ToMilliseconds(olderThan);
        return connections.WriteAsync(db =>
        {
            using var transaction = db.BeginTransaction(immediate: true);
            long deleted = db.Execute("DELETE FROM answer_events WHERE at < ?1", before);
            deleted += db.Execute("DELETE FROM feedback_events WHERE at < ?1", before);

            transaction.Commit();
            return deleted;
        }, cancellationToken);
    }

    public async IAsyncEnumerable<AnswerEvent> ReadAnswersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Keyset paging on (at, id): the index on at ends with the rowid, so each page is a short index range.
        var afterAt = UnixTime.ToMilliseconds(since);
        var afterId = long.MinValue;
        while (true)
        {
            var page = await connections.ReadAsync(db =>
            {
                using var select = db.Query(
                    $"SELECT id, {AnswerColumns} FROM answer_events WHERE at >= ?1 AND (at > ?1 OR id > ?2) ORDER BY at, id LIMIT ?3",
                    afterAt, afterId, (long)PageSize);
                var rows = new List<(long Id, AnswerEvent Event)>(PageSize);
                while (select.Read())
                {
                    rows.Add((select.GetInt64(0), ReadAnswer(select)));
                }

                return rows;
            }, cancellationToken).ConfigureAwait(false);

            foreach (var (_, answer) in page)
            {
                yield return answer;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            afterAt = UnixTime.ToMilliseconds(page[^1].Event.Timestamp);
            afterId = page[^1].Id;
        }
    }

    public async IAsyncEnumerable<FeedbackEvent> ReadFeedbackAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var afterAt = UnixTime.ToMilliseconds(since);
        var afterId = long.MinValue;
        while (true)
        {
            var page = await connections.ReadAsync(db =>
            {
                using var select = db.Query(
                    "SELECT id, at, conversation_id, answer_to, rating FROM feedback_events WHERE at >= ?1 AND (at > ?1 OR id > ?2) ORDER BY at, id LIMIT ?3",
                    afterAt, afterId, (long)PageSize);
                var rows = new List<(long Id, FeedbackEvent Event)>(PageSize);
                while (select.Read())
                {
                    rows.Add((select.GetInt64(0), new FeedbackEvent(select.GetStringOrNull(2), select.GetStringOrNull(3),
                        EventNames.ParseRating(select.GetString(4)), UnixTime.FromMilliseconds(select.GetInt64(1)))));
                }

                return rows;
            }, cancellationToken).ConfigureAwait(false);

            foreach (var (_, item) in page)
            {
                yield return item;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            afterAt = UnixTime.ToMilliseconds(page[^1].Event.Timestamp);
            afterId = page[^1].Id;
        }
    }

    // Columns 1..10 of the SELECT above, in AnswerColumns order.
    private static AnswerEvent ReadAnswer(SqliteDataReader row) => new(
        row.GetStringOrNull(3), row.GetStringOrNull(4), row.GetStringOrNull(2), row.GetStringOrNull(5),
        EventNames.ParseKind(row.GetString(6)), row.GetDouble(7), row.GetInt32(9), UnixTime.FromMilliseconds(row.GetInt64(1)))
    {
        TopScore = row.GetDouble(8),
        Sources = EventNames.SplitSources(row.GetStringOrNull(10)),
    };

    // SQLite stores NaN as NULL, which the NOT NULL columns would refuse, losing the whole batch.
    private static double Finite(double value) => double.IsNaN(value) ? 0 : value;
}
