using SQLitePCL;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// One SQLite connection over SQLitePCL.raw. Not thread-safe: one caller at a time (it is opened in multi-thread
/// mode, so it may move between threads). Keeps a cache of prepared statements, finalized on dispose.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        Batteries_V2.Init();
        return true;
    });

    private readonly sqlite3 _handle;
    private readonly Dictionary<string, SqliteStatement> _cache = new(StringComparer.Ordinal);
    private bool _disposed;

    private SqliteDatabase(sqlite3 handle, string path)
    {
        _handle = handle;
        Path = path;
    }

    /// <summary>The file, for messages.</summary>
    public string Path { get; }

    /// <summary>The raw handle, for the statements.</summary>
    internal sqlite3 Handle => _handle;

    /// <summary>The bundled SQLite's version, e.g. "3.35.5".</summary>
    public static string LibraryVersion
    {
        get
        {
            _ = Initialized.Value;
            return raw.sqlite3_libversion().utf8_to_string();
        }
    }

    /// <summary>The bundled SQLite's version as a number, e.g. 3035005.</summary>
    public static int LibraryVersionNumber
    {
        get
        {
            _ = Initialized.Value;
            return raw.sqlite3_libversion_number();
        }
    }

    /// <summary>Rows changed by the last INSERT, UPDATE or DELETE.</summary>
    public int Changes => raw.sqlite3_changes(_handle);

    /// <summary>The rowid of the last successful INSERT.</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_handle);

    /// <summary>Opens <paramref name="path"/>; failures throw <see cref="StorageUnavailableException"/> or <see cref="SqliteException"/>.</summary>
    public static SqliteDatabase Open(string path, SqliteOpenMode mode, int busyTimeoutMilliseconds = 5000)
    {
        ArgumentNullException.ThrowIfNull(path);
        _ = Initialized.Value;
        var flags = raw.SQLITE_OPEN_NOMUTEX | mode switch
        {
            SqliteOpenMode.ReadWriteCreate => raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE,
            SqliteOpenMode.ReadWrite => raw.SQLITE_OPEN_READWRITE,
            _ => raw.SQLITE_OPEN_READONLY,
        };
        var rc = raw.sqlite3_open_v2(path, out var handle, flags, null);
        if (rc != raw.SQLITE_OK)
        {
            // Even a failed open returns a handle (for the message) that must be closed.
            var detail = handle is null || handle.IsInvalid ? raw.sqlite3_errstr(rc).utf8_to_string() : raw.sqlite3_errmsg(handle).utf8_to_string();
            handle?.Dispose();
            throw SqliteErrors.Create(rc, detail, path);
        }

        raw.sqlite3_extended_result_codes(handle, 1);
        raw.sqlite3_busy_timeout(handle, busyTimeoutMilliseconds);
        return new SqliteDatabase(handle, path);
    }

    /// <summary>Runs one or more statements that return no rows (or whose rows are ignored).</summary>
    public void Execute(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rc = raw.sqlite3_exec(_handle, sql, null, null, out var message);
        if (rc != raw.SQLITE_OK)
        {
            throw SqliteErrors.Create(rc, message ?? raw.sqlite3_errmsg(_handle).utf8_to_string(), Path);
        }
    }

    /// <summary>Runs one statement that returns no rows through the statement cache (savepoints in a group commit run thousands of times a second).</summary>
    public void ExecuteCached(string sql)
    {
        using var statement = PrepareCached(sql);
        statement.Execute();
    }

    /// <summary>The first column of the first row, as a long (0 when there is no row or it is null).</summary>
    public long ExecuteLong(string sql)
    {
        using var statement = Prepare(sql);
        return statement.Step() && !statement.IsNull(0) ? statement.GetInt64(0) : 0;
    }

    /// <summary>The first column of the first row, as text (null when there is no row or it is null).</summary>
    public string? ExecuteString(string sql)
    {
        using var statement = Prepare(sql);
        return statement.Step() ? statement.GetStringOrNull(0) : null;
    }

    /// <summary>Prepares one statement; the caller disposes it (which finalizes it).</summary>
    public SqliteStatement Prepare(string sql) => PrepareCore(sql, cached: false);

    /// <summary>
    /// A prepared statement kept for reuse on this connection. Dispose it after use: that resets it and clears its
    /// bindings (ending its read) instead of finalizing it.
    /// </summary>
    public SqliteStatement PrepareCached(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        if (!_cache.TryGetValue(sql, out var statement))
        {
            statement = PrepareCore(sql, cached: true);
            _cache[sql] = statement;
        }

        return statement;
    }

    /// <summary>
    /// Begins a transaction; <paramref name="immediate"/> takes the write lock at once (BEGIN IMMEDIATE). Inside an
    /// open transaction (a group commit) it is a savepoint instead, so each piece of work commits or rolls back alone.
    /// </summary>
    public SqliteTransaction BeginTransaction(bool immediate)
    {
        if (InTransaction)
        {
            ExecuteCached("SAVEPOINT work");
            return new SqliteTransaction(this, savepoint: true);
        }

        Execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
        return new SqliteTransaction(this, savepoint: false);
    }

    /// <summary>Whether a transaction is open (not in autocommit mode).</summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(_handle) == 0;

    /// <summary>Throws for a result code that is not OK, ROW or DONE.</summary>
    internal void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            throw SqliteErrors.Create(rc, raw.sqlite3_errmsg(_handle).utf8_to_string(), Path);
        }
    }

    /// <summary>Finalizes the cached statements and closes the connection.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var statement in _cache.Values)
        {
            statement.FinalizeStatement();
        }

        _cache.Clear();
        _handle.Dispose();
    }

    private SqliteStatement PrepareCore(string sql, bool cached)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rc = raw.sqlite3_prepare_v2(_handle, sql, out var handle);
        if (rc != raw.SQLITE_OK)
        {
            var detail = raw.sqlite3_errmsg(_handle).utf8_to_string();
            handle?.Dispose();
            throw SqliteErrors.Create(rc, detail, Path);
        }

        return new SqliteStatement(this, handle, cached);
    }
}
