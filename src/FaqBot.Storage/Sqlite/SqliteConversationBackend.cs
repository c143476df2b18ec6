using System.Globalization;
using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// Conversations in SQLite. The activity JSON is stored without its id and timestamp: both follow from
/// (conversation_id, seq, timestamp) and are set again when it is read.
/// </summary>
internal sealed partial class SqliteConversationBackend(SqliteConnectionPool connections) : IConversationBackend
{
    private const int TrimEvery = 32;

    public Task<bool> CreateAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(userId);
        var at = UnixTime.ToMilliseconds(now);
        return connections.WriteAsync(db =>
        {
            return db.Execute(
                "INSERT OR IGNORE INTO conversations (id, user_id, created_at, last_active_at) VALUES (?1, ?2, ?3, ?3)",
                conversationId, userId, at) == 1;
        }, cancellationToken);
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return connections.ReadAsync(db =>
        {
            using var select = db.Query("SELECT 1 FROM conversations WHERE id = ?1", conversationId);
            return select.Read();
        }, cancellationToken);
    }

    public Task<StoredActivity?> AppendAsync(string conversationId, Activity activity, DateTimeOffset now, int maxKept, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxKept);
        var json = JsonSerializer.Serialize(activity with { Id = null, Timestamp = null }, BotJsonContext.Default.Activity);
        var nowMs = UnixTime.ToMilliseconds(now);
        return connections.WriteAsync(db =>
        {
            using var transaction = db.BeginTransaction(immediate: true);
            long seq;
            long timestamp;
            using (var select = db.Query("SELECT last_seq, last_timestamp FROM conversations WHERE id = ?1", conversationId))
            {
                if (!select.Read())
                {
                    return null;
                }

                seq = select.GetInt64(0) + 1;
                timestamp = Math.Max(nowMs, select.IsDBNull(1) ? long.MinValue : select.GetInt64(1));
            }

            db.Execute("INSERT INTO activities (conversation_id, seq, timestamp, json) VALUES (?1, ?2, ?3, ?4)", conversationId, seq, timestamp, json);
            db.Execute("UPDATE conversations SET last_seq = ?2, last_timestamp = ?3, last_active_at = ?4 WHERE id = ?1", conversationId, seq, timestamp, nowMs);

            // Trimming every append would be a DELETE per message; every TrimEvery-th leaves at most TrimEvery - 1
            // extra activities, within the contract's 64.
            if (seq > maxKept && seq % TrimEvery == 0)
            {
                db.Execute("DELETE FROM activities WHERE conversation_id = ?1 AND seq <= ?2", conversationId, seq - maxKept);
            }

            transaction.Commit();
            return new StoredActivity(seq, WithIdentity(activity, conversationId, seq, timestamp));
        }, cancellationToken);
    }

    public Task<ConversationPage?> ReadAfterAsync(string conversationId, long afterSeq, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return connections.ReadAsync(db =>
        {
            // One read transaction: the activities and last_seq come from the same snapshot.
            using var transaction = db.BeginTransaction(immediate: false);
            long lastSeq;
            using (var select = db.Query("SELECT last_seq FROM conversations WHERE id = ?1", conversationId))
            {
                if (!select.Read())
                {
                    return null;
                }

                lastSeq = select.GetInt64(0);
            }

            var activities = new List<StoredActivity>();
            using (var read = db.Query("SELECT seq, timestamp, json FROM activities WHERE conversation_id = ?1 AND seq > ?2 ORDER BY seq", conversationId, afterSeq))
            {
                while (read.Read())
                {
                    var seq = read.GetInt64(0);
                    var activity = JsonSerializer.Deserialize(read.GetString(2), BotJsonContext.Default.Activity)
                        ?? throw new InvalidDataException($"Activity {seq} of a conversation is stored as JSON null.");
                    activities.Add(new StoredActivity(seq, WithIdentity(activity, conversationId, seq, read.GetInt64(1))));
                }
            }

            transaction.Commit();
            return new ConversationPage(activities, lastSeq);
        }, cancellationToken);
    }

    public Task TouchAsync(IReadOnlyCollection<string> conversationIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        if (conversationIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var nowMs = UnixTime.ToMilliseconds(now);
        return connections.WriteAsync(db =>
        {
            using var transaction = db.BeginTransaction(immediate: true);
            foreach (var id in conversationIds)
            {
                db.Execute("UPDATE conversations SET last_active_at = ?2 WHERE id = ?1", id, nowMs);
            }

            transaction.Commit();
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var before = UnixTime.ToMilliseconds(idleSince);
        return connections.WriteAsync<IReadOnlyList<string>>(db =>
        {
            using var transaction = db.BeginTransaction(immediate: true);
            var ids = new List<string>();
            using (var select = db.Query("SELECT id FROM conversations WHERE last_active_at < ?1", before))
            {
                while (select.Read())
                {
                    ids.Add(select.GetString(0));
                }
            }

            if (ids.Count > 0)
            {
                // The activities go with them (ON DELETE CASCADE; foreign_keys is on for the writer).
                db.Execute("DELETE FROM conversations WHERE last_active_at < ?1", before);
            }

            transaction.Commit();
            return ids;
        }, cancellationToken);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        connections.ReadAsync(db => (int)db.ExecuteLong("SELECT count(*) FROM conversations"), cancellationToken);

    private static Activity WithIdentity(Activity activity, string conversationId, long seq, long timestamp) => activity with
    {
        Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{seq:0000000}"),
        Timestamp = UnixTime.FromMilliseconds(timestamp),
    };
}
