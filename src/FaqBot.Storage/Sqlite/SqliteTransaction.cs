namespace FaqBot.Storage.Sqlite;

/// <summary>An open transaction: <see cref="Commit"/> it, or dispose it to roll back.</summary>
internal sealed class SqliteTransaction : IDisposable
{
    private readonly SqliteDatabase _database;
    private bool _done;

    internal SqliteTransaction(SqliteDatabase database)
    {
        _database = database;
    }

    /// <summary>Commits; a failed commit rolls back on dispose.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _database.Execute("COMMIT");
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
            _database.Execute("ROLLBACK");
        }
    }
}
