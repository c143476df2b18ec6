using Microsoft.Data.Sqlite;

namespace FaqBot.Storage.Sqlite;

// Running one group of queued writes in a single transaction, each in its own savepoint (see SqliteConnectionPool).
internal sealed partial class SqliteConnectionPool
{
    private void RollBackQuietly()
    {
        try
        {
            if (_writer.InTransaction)
            {
                _writer.Execute("ROLLBACK");
            }
        }
        catch (SqliteException)
        {
            // The next BEGIN reports whatever is wrong.
        }
    }

    private void RunGroup(List<SqliteWrite> group)
    {
        try
        {
            _writer.Execute("BEGIN IMMEDIATE");
        }
        catch (Exception ex)
        {
            var error = SqliteErrors.Map(ex, _writer.Path);
            group.ForEach(w => w.Fail(error));
            return;
        }

        foreach (var write in group)
        {
            write.RunInGroup(_writer);
            if (!_writer.InTransaction)
            {
                // SQLite rolled the whole transaction back after an I/O or disk-full error: nothing here is written.
                var lost = new StorageUnavailableException($"SQLite rolled back a group of writes to {_writer.Path}.", write.Error ?? new InvalidOperationException());
                group.ForEach(w => w.Fail(w.Error ?? lost));
                return;
            }
        }

        try
        {
            _writer.Execute("COMMIT");
        }
        catch (Exception ex)
        {
            if (_writer.InTransaction)
            {
                _writer.Execute("ROLLBACK");
            }

            var error = SqliteErrors.Map(ex, _writer.Path);
            group.ForEach(w => w.Fail(w.Error ?? error));
            return;
        }

        group.ForEach(w => w.Complete());
    }
}
