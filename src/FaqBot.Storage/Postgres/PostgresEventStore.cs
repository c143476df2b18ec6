using System.Runtime.CompilerServices;
using FaqBot.Schema.Events;
using FaqBot.Storage.Events;
using Npgsql;
using NpgsqlTypes;

namespace FaqBot.Storage.Postgres;

/// <summary>The event log in PostgreSQL: batches written with binary COPY, statistics computed by the server.</summary>
internal sealed partial class PostgresEventStore(PostgresDatabase database) : IEventStore
{
    private const int SmallBatch = 32;

    public Task AppendAsync(IReadOnlyList<AnswerEvent> answers, IReadOnlyList<FeedbackEvent> feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(feedback);
        if (answers.Count == 0 && feedback.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (answers.Count + feedback.Count <= SmallBatch)
        {
            return InsertSmallBatchAsync(answers, feedback, cancellationToken);
        }

        return database.RunAsync(async (connection, token) =>
        {
            await using var transaction = await connection.BeginTransactionAsync(token).ConfigureAwait(false);
            if (answers.Count > 0)
            {
                await CopyAnswersAsync(connection, answers, token).ConfigureAwait(false);
            }

            if (feedback.Count > 0)
            {
                await CopyFeedbackAsync(connection, feedback, token).ConfigureAwait(false);
            }

            await transaction.CommitAsync(token).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<long> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, token) =>
        {
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("DELETE FROM answer_events WHERE at < @before") { Parameters = { new("before", olderThan.ToUniversalTime()) } },
                    new NpgsqlBatchCommand("DELETE FROM feedback_events WHERE at < @before") { Parameters = { new("before", olderThan.ToUniversalTime()) } },
                },
            };
            await batch.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            return (long)(batch.BatchCommands[0].Rows + batch.BatchCommands[1].Rows);
        }, cancellationToken);

    public async IAsyncEnumerable<AnswerEvent> ReadAnswersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT conversation_id, activity_id, channel, question, kind, confidence, quote_count, at, top_score, sources
            FROM answer_events WHERE at >= @since ORDER BY at, id
            """;
        await foreach (var reader in ReadAsync(Sql, since, cancellationToken).ConfigureAwait(false))
        {
            yield return new AnswerEvent(
                NullableString(reader, 0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3),
                EventNames.ParseKind(reader.GetString(4)), reader.GetDouble(5), reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7))
            {
                TopScore = reader.GetDouble(8),
                Sources = EventNames.SplitSources(reader.GetString(9)),
            };
        }
    }

    public async IAsyncEnumerable<FeedbackEvent> ReadFeedbackAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string Sql = "SELECT conversation_id, answer_to, rating, at FROM feedback_events WHERE at >= @since ORDER BY at, id";
        await foreach (var reader in ReadAsync(Sql, since, cancellationToken).ConfigureAwait(false))
        {
            yield return new FeedbackEvent(
                NullableString(reader, 0), NullableString(reader, 1), EventNames.ParseRating(reader.GetString(2)), reader.GetFieldValue<DateTimeOffset>(3));
        }
    }

    // A quiet server writes a batch per message: arrays unnested by one INSERT per table, sent as one batch, are one
    // round trip and one implicit transaction, where BEGIN + COPY + COMMIT would be four.
    private Task InsertSmallBatchAsync(IReadOnlyList<AnswerEvent> answers, IReadOnlyList<FeedbackEvent> feedback, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, token) =>
        {
            await using var batch = new NpgsqlBatch(connection);
            if (answers.Count > 0)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO answer_events (at, channel, conversation_id, activity_id, question, kind, confidence, top_score, quote_count, sources)
                    SELECT * FROM unnest(@at, @channel, @conversation, @activity, @question, @kind, @confidence, @top_score, @quote_count, @sources)
                    """)
                {
                    Parameters =
                    {
                        new("at", answers.Select(a => a.Timestamp.ToUniversalTime()).ToArray()),
                        new("channel", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answers.Select(a => a.ChannelId).ToArray() },
                        new("conversation", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answers.Select(a => a.ConversationId).ToArray() },
                        new("activity", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answers.Select(a => a.ActivityId).ToArray() },
                        new("question", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answers.Select(a => a.Question).ToArray() },
                        new("kind", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answers.Select(a => EventNames.Kind(a.Kind)).ToArray() },
                        new("confidence", answers.Select(a => a.Confidence).ToArray()),
                        new("top_score", answers.Select(a => a.TopScore).ToArray()),
                        new("quote_count", answers.Select(a => a.QuoteCount).ToArray()),
                        new("sources", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answers.Select(a => EventNames.JoinSources(a.Sources)).ToArray() },
                    },
                });
            }

            if (feedback.Count > 0)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO feedback_events (at, conversation_id, answer_to, rating)
                    SELECT * FROM unnest(@at, @conversation, @answer_to, @rating)
                    """)
                {
                    Parameters =
                    {
                        new("at", feedback.Select(f => f.Timestamp.ToUniversalTime()).ToArray()),
                        new("conversation", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = feedback.Select(f => f.ConversationId).ToArray() },
                        new("answer_to", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = feedback.Select(f => f.AnswerToActivityId).ToArray() },
                        new("rating", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = feedback.Select(f => EventNames.Rating(f.Rating)).ToArray() },
                    },
                });
            }

            await batch.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task CopyAnswersAsync(NpgsqlConnection connection, IReadOnlyList<AnswerEvent> answers, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY answer_events (at, channel, conversation_id, activity_id, question, kind, confidence, top_score, quote_count, sources) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        foreach (var answer in answers)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(answer.Timestamp.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(writer, answer.ChannelId, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(writer, answer.ConversationId, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(writer, answer.ActivityId, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(writer, answer.Question, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(EventNames.Kind(answer.Kind), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(answer.Confidence, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(answer.TopScore, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(answer.QuoteCount, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(EventNames.JoinSources(answer.Sources), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyFeedbackAsync(NpgsqlConnection connection, IReadOnlyList<FeedbackEvent> feedback, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY feedback_events (at, conversation_id, answer_to, rating) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var item in feedback)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(item.Timestamp.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(writer, item.ConversationId, cancellationToken).ConfigureAwait(false);
            await WriteTextAsync(writer, item.AnswerToActivityId, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(EventNames.Rating(item.Rating), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // Streams rows; connection failures while reading become StorageUnavailableException too.
    private async IAsyncEnumerable<NpgsqlDataReader> ReadAsync(string sql, DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (PostgresErrors.IsUnavailable(ex))
        {
            throw database.Unavailable(ex);
        }

        await using (connection.ConfigureAwait(false))
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("since", since.ToUniversalTime());
            NpgsqlDataReader reader;
            try
            {
                reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (PostgresErrors.IsUnavailable(ex))
            {
                database.DataSource.Clear();
                throw database.Unavailable(ex);
            }

            await using (reader.ConfigureAwait(false))
            {
                while (true)
                {
                    bool hasRow;
                    try
                    {
                        hasRow = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (PostgresErrors.IsUnavailable(ex))
                    {
                        throw database.Unavailable(ex);
                    }

                    if (!hasRow)
                    {
                        yield break;
                    }

                    yield return reader;
                }
            }
        }
    }
}
