namespace FaqBot.Storage.Sqlite;

/// <summary>An open transaction (or savepoint, inside a group commit): <see cref="Commit"/> it, or dispose it to roll back.</summary>
internal sealed class SqliteTransaction : IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly bool _savepoint;
    private bool _done;

    internal SqliteTransaction(SqliteDatabase database, bool savepoint)
    {
        _database = database;
        _savepoint = savepoint;
    }

    /// <summary>Commits (a savepoint: releases it, so the enclosing group commit carries it); a failed commit rolls back on dispose.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _database.ExecuteCached(_savepoint ? "RELEASE work" : "COMMIT");
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
                _database.ExecuteCached("ROLLBACK TO work");
                _database.ExecuteCached("RELEASE work");
            }
            else
            {
                _database.ExecuteCached("ROLLBACK");
            }
        }
    }
}
