namespace FaqBot.Storage.Sqlite;

/// <summary>
/// An open transaction (or savepoint, inside a group commit): <see cref="Commit"/> it, or dispose it to roll back. Plain
/// SQL rather than Microsoft.Data.Sqlite's transaction objects, because a group commit opens one transaction and runs
/// each queued write in a savepoint of it, with prepared commands shared by all.
/// </summary>
internal sealed class SqliteWorkTransaction : IDisposable
{
    private readonly SqlitePreparedConnection _database;
    private readonly bool _savepoint;
    private bool _done;

    internal SqliteWorkTransaction(SqlitePreparedConnection database, bool savepoint)
    {
        _database = database;
        _savepoint = savepoint;
    }

    /// <summary>Commits (a savepoint: releases it, so the enclosing group commit carries it); a failed commit rolls back on dispose.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _database.Execute(_savepoint ? "RELEASE work" : "COMMIT");
        _done = true;
    }

    /// <summary>Rolls back unless committed.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;

        // SQLite may already have rolled back on its own (after some errors); ROLLBACK would then fail.
        if (_database.InTransaction)
        {
            if (_savepoint)
            {
                _database.Execute("ROLLBACK TO work");
                _database.Execute("RELEASE work");
            }
            else
            {
                _database.Execute("ROLLBACK");
            }
        }
    }
}
