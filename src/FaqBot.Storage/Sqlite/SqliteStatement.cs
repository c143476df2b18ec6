using SQLitePCL;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// A prepared statement. Parameters are numbered from 1 (<c>?1</c> or the n-th <c>?</c>), columns from 0, as in
/// SQLite. Dispose finalizes it, or for a cached statement resets it for the next use.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly sqlite3_stmt _handle;
    private readonly bool _cached;
    private bool _finalized;

    internal SqliteStatement(SqliteDatabase database, sqlite3_stmt handle, bool cached)
    {
        _database = database;
        _handle = handle;
        _cached = cached;
    }

    /// <summary>How many columns a row has.</summary>
    public int ColumnCount => raw.sqlite3_column_count(_handle);

    /// <summary>Binds an integer.</summary>
    public SqliteStatement Bind(int index, long value) => Checked(raw.sqlite3_bind_int64(_handle, index, value));

    /// <summary>Binds a real.</summary>
    public SqliteStatement Bind(int index, double value) => Checked(raw.sqlite3_bind_double(_handle, index, value));

    /// <summary>Binds text, or NULL when <paramref name="value"/> is null.</summary>
    public SqliteStatement Bind(int index, string? value) =>
        Checked(value is null ? raw.sqlite3_bind_null(_handle, index) : raw.sqlite3_bind_text(_handle, index, value));

    /// <summary>Binds an integer, or NULL.</summary>
    public SqliteStatement Bind(int index, long? value) => value is { } v ? Bind(index, v) : BindNull(index);

    /// <summary>Binds a blob (copied).</summary>
    public SqliteStatement Bind(int index, ReadOnlySpan<byte> value) => Checked(raw.sqlite3_bind_blob(_handle, index, value));

    /// <summary>Binds NULL.</summary>
    public SqliteStatement BindNull(int index) => Checked(raw.sqlite3_bind_null(_handle, index));

    /// <summary>Runs to the next row: true when there is one, false when done.</summary>
    public bool Step()
    {
        ObjectDisposedException.ThrowIf(_finalized, this);
        var rc = raw.sqlite3_step(_handle);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc == raw.SQLITE_DONE)
        {
            return false;
        }

        // step_v2 returns the specific code; reset so the statement can be reused after the error.
        raw.sqlite3_reset(_handle);
        _database.Check(rc);
        return false;
    }

    /// <summary>Runs a statement that returns no rows, then resets it; returns the rows changed.</summary>
    public int Execute()
    {
        while (Step())
        {
        }

        var changes = _database.Changes;
        Reset();
        return changes;
    }

    /// <summary>Whether the column is NULL in the current row.</summary>
    public bool IsNull(int column) => raw.sqlite3_column_type(_handle, column) == raw.SQLITE_NULL;

    /// <summary>The column as an integer (NULL reads as 0).</summary>
    public long GetInt64(int column) => raw.sqlite3_column_int64(_handle, column);

    /// <summary>The column as a 32-bit integer (NULL reads as 0).</summary>
    public int GetInt32(int column) => raw.sqlite3_column_int(_handle, column);

    /// <summary>The column as a real (NULL reads as 0).</summary>
    public double GetDouble(int column) => raw.sqlite3_column_double(_handle, column);

    /// <summary>The column as text; throws when it is NULL.</summary>
    public string GetString(int column) =>
        GetStringOrNull(column) ?? throw new InvalidOperationException($"Column {column} is NULL.");

    /// <summary>The column as text, or null.</summary>
    public string? GetStringOrNull(int column) =>
        IsNull(column) ? null : raw.sqlite3_column_text(_handle, column).utf8_to_string() ?? "";

    /// <summary>The column as an integer, or null.</summary>
    public long? GetInt64OrNull(int column) => IsNull(column) ? null : GetInt64(column);

    /// <summary>The column as a blob (a copy), or null.</summary>
    public byte[]? GetBlobOrNull(int column) => IsNull(column) ? null : raw.sqlite3_column_blob(_handle, column).ToArray();

    /// <summary>Rewinds the statement, keeping its bindings.</summary>
    public void Reset() => raw.sqlite3_reset(_handle);

    /// <summary>Sets all parameters back to NULL.</summary>
    public void ClearBindings() => raw.sqlite3_clear_bindings(_handle);

    /// <summary>Finalizes the statement, or (cached) resets it and clears its bindings.</summary>
    public void Dispose()
    {
        if (_cached)
        {
            if (!_finalized)
            {
                Reset();
                ClearBindings();
            }

            return;
        }

        FinalizeStatement();
    }

    /// <summary>Frees the statement for good.</summary>
    internal void FinalizeStatement()
    {
        if (_finalized)
        {
            return;
        }

        _finalized = true;
        _handle.Dispose();
    }

    private SqliteStatement Checked(int rc)
    {
        _database.Check(rc);
        return this;
    }
}
