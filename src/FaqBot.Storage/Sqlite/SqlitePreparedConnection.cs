using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// One Microsoft.Data.Sqlite connection (not pooled: closing it releases the file) with the commands FaqBot runs on
/// it kept prepared for reuse. Not thread-safe: one caller at a time. Parameters are written <c>?1</c>, <c>?2</c>…
/// and given in that order. Transactions are plain SQL (BEGIN, SAVEPOINT), which the group commit nests; see
/// <see cref="SqliteWorkTransaction"/>.
/// </summary>
internal sealed class SqlitePreparedConnection : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _disposed;

    private SqlitePreparedConnection(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The file, for messages.</summary>
    public string Path { get; }

    /// <summary>Whether a transaction is open (not in autocommit mode), including one SQLite rolled back on its own.</summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(_connection.Handle) == 0;

    /// <summary>Opens <paramref name="path"/>; failures throw <see cref="StorageUnavailableException"/> or <see cref="SqliteException"/>.</summary>
    public static SqlitePreparedConnection Open(string path, SqliteOpenMode mode, int busyTimeoutMilliseconds = 5000)
    {
        ArgumentNullException.ThrowIfNull(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,

            // After SQLite's own busy timeout (below), Microsoft.Data.Sqlite retries a busy statement for this many
            // seconds more; 0 would mean forever.
            DefaultTimeout = 1,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var database = new SqlitePreparedConnection(connection, path);
            database.ExecuteScript($"PRAGMA busy_timeout = {busyTimeoutMilliseconds}");
            return database;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw SqliteErrors.Map(ex, path);
        }
    }

    /// <summary>Runs one or more statements given as text (schema, pragmas), not kept prepared.</summary>
    public void ExecuteScript(string sql)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a kept statement that returns no rows; the rows it changed.</summary>
    public int Execute(string sql, params ReadOnlySpan<object?> values) => Command(sql, values).ExecuteNonQuery();

    /// <summary>The first column of the first row as a long (0 when there is no row or it is NULL).</summary>
    public long ExecuteLong(string sql, params ReadOnlySpan<object?> values) =>
        Command(sql, values).ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>The first column of the first row as text (null when there is no row or it is NULL).</summary>
    public string? ExecuteString(string sql, params ReadOnlySpan<object?> values) =>
        Command(sql, values).ExecuteScalar() is { } value and not DBNull ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Runs a kept query; dispose the reader before the next use of the same statement.</summary>
    public SqliteDataReader Query(string sql, params ReadOnlySpan<object?> values) => Command(sql, values).ExecuteReader();

    /// <summary>
    /// Begins a transaction; <paramref name="immediate"/> takes the write lock at once (BEGIN IMMEDIATE). Inside an
    /// open transaction (a group commit) it is a savepoint instead, so each piece of work commits or rolls back alone.
    /// </summary>
    public SqliteWorkTransaction BeginTransaction(bool immediate)
    {
        if (InTransaction)
        {
            Execute("SAVEPOINT work");
            return new SqliteWorkTransaction(this, savepoint: true);
        }

        Execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
        return new SqliteWorkTransaction(this, savepoint: false);
    }

    /// <summary>Disposes the kept commands and closes the connection.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection.Dispose();
    }

    // The prepared command for sql (created and prepared on first use), its parameters set to values.
    private SqliteCommand Command(string sql, ReadOnlySpan<object?> values)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }

            command.Prepare();
            _commands[sql] = command;
        }

        if (values.Length != command.Parameters.Count)
        {
            // A statement is kept with the parameters of its first use; a lone literal null also arrives as no values.
            throw new ArgumentException($"The statement takes {command.Parameters.Count} values, {values.Length} were given.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
