namespace FaqBot.Storage.Sqlite;

internal sealed partial class SqliteConversationBackend
{
    public Task<IReadOnlyList<string>> RemoveLeastRecentAsync(int count, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var before = UnixTime.ToMilliseconds(idleSince);
        return connections.WriteAsync<IReadOnlyList<string>>(db =>
        {
            using var transaction = db.BeginTransaction(immediate: true);
            var ids = new List<string>();
            using (var select = db.Query("SELECT id FROM conversations WHERE last_active_at < ?1 ORDER BY last_active_at LIMIT ?2", before, (long)count))
            {
                while (select.Read())
                {
                    ids.Add(select.GetString(0));
                }
            }

            // The activities go with them (ON DELETE CASCADE; foreign_keys is on for the writer).
            foreach (var id in ids)
            {
                db.Execute("DELETE FROM conversations WHERE id = ?1", id);
            }

            transaction.Commit();
            return ids;
        }, cancellationToken);
    }
}
