using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;
using Npgsql;
using NpgsqlTypes;

namespace FaqBot.Storage.Postgres;

/// <summary>Conversations in PostgreSQL; every append is one statement (one round trip) that also notifies the replicas.</summary>
internal sealed class PostgresConversationBackend(PostgresDatabase database) : IConversationBackend
{
    /// <summary>The LISTEN/NOTIFY channel of all replicas.</summary>
    public const string Channel = "faqbot_conversations";

    // The activity rides along in the notification when it fits (NOTIFY payloads stop at 8000 bytes), so the replica
    // holding the visitor's stream pushes it without reading it back.
    private const int MaxInlineJsonBytes = 7000;

    // Deleting trimmed rows every 16th append keeps appends cheap; reads skip rows before first_kept_seq meanwhile.
    private const int TrimEvery = 16;

    // The UPDATE's row lock serialises appends to one conversation across replicas; the INSERT and the notification
    // belong to the same (implicit) transaction, so the notification goes out at commit, in commit order.
    private static readonly string AppendSql = $"""
        WITH c AS (
            UPDATE conversations
            SET last_seq = last_seq + 1,
                last_timestamp = GREATEST(last_timestamp, @now),
                last_active_at = @now,
                first_kept_seq = GREATEST(first_kept_seq, last_seq + 2 - @max_kept)
            WHERE id = @id
            RETURNING last_seq, last_timestamp, first_kept_seq
        ), a AS (
            INSERT INTO activities (conversation_id, seq, timestamp, json)
            SELECT @id, last_seq, last_timestamp, @json FROM c
        ), d AS (
            DELETE FROM activities
            WHERE conversation_id = @id AND seq < (SELECT first_kept_seq FROM c) AND (SELECT last_seq FROM c) % {TrimEvery} = 0
        )
        SELECT last_seq, last_timestamp, pg_notify('{Channel}', CASE
            WHEN octet_length(@json::text) <= {MaxInlineJsonBytes}
            THEN @id || ' ' || last_seq || ' ' || (extract(epoch FROM last_timestamp) * 1000000)::bigint || ' ' || @json::text
            ELSE @id || ' ' || last_seq END)::text FROM c
        """;

    public Task<bool> CreateAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(userId);
        return database.RunAsync(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand(
                "INSERT INTO conversations (id, user_id, created_at, last_active_at) VALUES (@id, @user, @now, @now) ON CONFLICT (id) DO NOTHING",
                connection);
            command.Parameters.AddWithValue("id", conversationId);
            command.Parameters.AddWithValue("user", userId);
            command.Parameters.AddWithValue("now", now.ToUniversalTime());
            return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false) == 1;
        }, cancellationToken);
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return database.RunAsync(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM conversations WHERE id = @id)", connection);
            command.Parameters.AddWithValue("id", conversationId);
            return await command.ExecuteScalarAsync(token).ConfigureAwait(false) is true;
        }, cancellationToken);
    }

    public Task<StoredActivity?> AppendAsync(string conversationId, Activity activity, DateTimeOffset now, int maxKept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKept, 1);
        var json = StoredActivityJson.Serialize(activity);
        return database.RunAsync(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand(AppendSql, connection);
            command.Parameters.AddWithValue("id", conversationId);
            command.Parameters.AddWithValue("now", now.ToUniversalTime());
            command.Parameters.AddWithValue("max_kept", (long)maxKept);
            command.Parameters.AddWithValue("json", NpgsqlDbType.Json, json);
            await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            if (!await reader.ReadAsync(token).ConfigureAwait(false))
            {
                return null;
            }

            var seq = reader.GetInt64(0);
            var timestamp = reader.GetFieldValue<DateTimeOffset>(1);
            return new StoredActivity(seq, activity with { Id = StoredActivityJson.Id(conversationId, seq), Timestamp = timestamp });
        }, cancellationToken);
    }

    public Task<ConversationPage?> ReadAfterAsync(string conversationId, long afterSeq, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return database.RunAsync(async (connection, token) =>
        {
            // One statement, so the page and LastSeq come from the same snapshot.
            await using var command = new NpgsqlCommand("""
                SELECT c.last_seq, a.seq, a.timestamp, a.json::text
                FROM conversations c
                LEFT JOIN activities a ON a.conversation_id = c.id AND a.seq > @after AND a.seq >= c.first_kept_seq
                WHERE c.id = @id
                ORDER BY a.seq
                """, connection);
            command.Parameters.AddWithValue("id", conversationId);
            command.Parameters.AddWithValue("after", afterSeq);
            await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            var activities = new List<StoredActivity>();
            long? lastSeq = null;
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                lastSeq = reader.GetInt64(0);
                if (!reader.IsDBNull(1))
                {
                    activities.Add(StoredActivityJson.Read(conversationId, reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3)));
                }
            }

            return lastSeq is { } last ? new ConversationPage(activities, last) : null;
        }, cancellationToken);
    }

    public Task TouchAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        if (conversationIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        return database.RunAsync(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand(
                "UPDATE conversations SET last_active_at = GREATEST(last_active_at, @now) WHERE id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("now", now.ToUniversalTime());
            command.Parameters.AddWithValue("ids", conversationIds.ToArray());
            await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<string>>(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM conversations WHERE last_active_at < @since RETURNING id", connection);
            command.Parameters.AddWithValue("since", idleSince.ToUniversalTime());
            await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            var ids = new List<string>();
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }, cancellationToken);

    public Task<IReadOnlyList<string>> RemoveLeastRecentAsync(int count, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return database.RunAsync<IReadOnlyList<string>>(async (connection, token) =>
        {
            // SKIP LOCKED: replicas evicting at once take different rows instead of waiting on each other.
            await using var command = new NpgsqlCommand(
                """
                DELETE FROM conversations WHERE id IN (
                    SELECT id FROM conversations WHERE last_active_at < @since
                    ORDER BY last_active_at LIMIT @count FOR UPDATE SKIP LOCKED)
                RETURNING id
                """, connection);
            command.Parameters.AddWithValue("since", idleSince.ToUniversalTime());
            command.Parameters.AddWithValue("count", count);
            await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            var ids = new List<string>();
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }, cancellationToken);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand("SELECT count(*)::integer FROM conversations", connection);
            return (int)(await command.ExecuteScalarAsync(token).ConfigureAwait(false))!;
        }, cancellationToken);
}
