using FaqBot.Storage.Conversations;
using FaqBot.Storage.Events;
using Microsoft.Data.Sqlite;

namespace FaqBot.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, used by one server process (and tools beside it).</summary>
public sealed class SqliteStorage : IFaqBotStorage
{
    private readonly SqliteConnectionPool _connections;
    private readonly SqliteServerLock? _serverLock;
    private readonly SqliteCheckpointer? _checkpointer;
    private readonly string _path;

    private SqliteStorage(string path, SqliteConnectionPool connections, SqliteServerLock? serverLock, SqliteCheckpointer? checkpointer = null)
    {
        _path = path;
        _checkpointer = checkpointer;
        _connections = connections;
        _serverLock = serverLock;
        Conversations = new SqliteConversationBackend(connections);
        Events = new SqliteEventStore(connections);
    }

    /// <inheritdoc />
    public string Description => $"SQLite {_path}";

    /// <inheritdoc />
    public IConversationBackend Conversations { get; }

    /// <inheritdoc />
    public IEventStore Events { get; }

    /// <summary>Always null: one process serves the file, so there is nobody to notify.</summary>
    public IConversationNotifier? Notifier => null;

    /// <summary>The schema version this FaqBot writes (<c>PRAGMA user_version</c>).</summary>
    public static int SchemaVersion => SqliteSchema.CurrentVersion;

    /// <summary>
    /// Opens the database at <paramref name="path"/>. Server: creates the folder and file, claims the file for this
    /// process and migrates it. Tool: the file must exist at the current schema version; it may run beside a server.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The file is missing (Tool), claimed by another server, not a usable database, or from a newer FaqBot.</exception>
    /// <param name="path">The database file.</param>
    /// <param name="role">Server or tool.</param>
    /// <param name="cancellationToken">Cancels before opening.</param>
    /// <param name="syncEveryCommit">synchronous=FULL: commits survive a power cut too, at the cost of a disk sync each.</param>
    public static Task<IFaqBotStorage> OpenAsync(string path, StorageRole role, CancellationToken cancellationToken, bool syncEveryCommit = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        path = Path.GetFullPath(path);
        return Task.FromResult<IFaqBotStorage>(role == StorageRole.Server ? OpenServer(path, syncEveryCommit) : OpenTool(path));
    }

    /// <inheritdoc />
    public Task<string> GetOrCreateSettingAsync(string name, string valueIfAbsent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(valueIfAbsent);
        return _connections.WriteAsync(db =>
        {
            using var transaction = db.BeginTransaction(immediate: true);
            db.Execute("INSERT OR IGNORE INTO settings (name, value) VALUES (?1, ?2)", name, valueIfAbsent);
            var value = db.ExecuteString("SELECT value FROM settings WHERE name = ?1", name)
                ?? throw new InvalidDataException($"The setting {name} is stored as NULL in {_path}.");
            transaction.Commit();
            return value;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task PingAsync(CancellationToken cancellationToken)
    {
        // SQLite keeps working on a file deleted under it (the open handle survives), which would silently lose
        // everything at the next start; say so instead.
        if (!File.Exists(_path))
        {
            throw new StorageUnavailableException($"The SQLite database {_path} was deleted or moved while FaqBot was using it.");
        }

        return _connections.ReadAsync(db => db.ExecuteLong("SELECT count(*) FROM settings"), cancellationToken);
    }

    /// <summary>Waits for running operations, closes the connections and releases the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync().ConfigureAwait(false);
        }

        await _connections.DisposeAsync().ConfigureAwait(false);
        _serverLock?.Dispose();
    }

    private static SqliteStorage OpenServer(string path, bool syncEveryCommit)
    {
        try
        {
            PrivateFiles.CreateFolder(Path.GetDirectoryName(path)!);
            PrivateFiles.Restrict(path, path + "-wal", path + "-shm", SqliteServerLock.LockPath(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException(
                $"Cannot create the folder of the SQLite database {path}: {ex.Message} Check Storage:DataFolder.", ex);
        }

        var serverLock = SqliteServerLock.Acquire(path);
        try
        {
            var writer = Configure(path, SqliteOpenMode.ReadWriteCreate, syncEveryCommit, db =>
            {
                // WAL: readers run beside the one writer, and a commit is one append to the -wal file.
                var mode = db.ExecuteString("PRAGMA journal_mode = WAL");
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new StorageUnavailableException($"The SQLite database {path} could not switch to WAL mode (it stays in '{mode}'); is the folder on a network drive?");
                }

                SqliteSchema.Migrate(db);

                // Checkpoints run beside the writer (SqliteCheckpointer), not inside its commits.
                db.ExecuteScript("PRAGMA wal_autocheckpoint = 0");
            });
            return new SqliteStorage(path, new SqliteConnectionPool(writer), serverLock, new SqliteCheckpointer(path));
        }
        catch
        {
            serverLock.Dispose();
            throw;
        }
    }

    private static SqliteStorage OpenTool(string path)
    {
        if (!File.Exists(path))
        {
            throw new StorageUnavailableException(
                $"There is no FaqBot database at {path} (Storage:DataFolder/Storage:SqliteFile). Start the FaqBot server once to create it, or set those to where the database is.");
        }

        var writer = Configure(path, SqliteOpenMode.ReadWrite, syncEveryCommit: false, SqliteSchema.EnsureCurrent);
        return new SqliteStorage(path, new SqliteConnectionPool(writer), serverLock: null);
    }

    // Opens the writer connection with the settings every FaqBot connection uses, then runs the role's check.
    private static SqlitePreparedConnection Configure(string path, SqliteOpenMode mode, bool syncEveryCommit, Action<SqlitePreparedConnection> prepare)
    {
        var db = SqlitePreparedConnection.Open(path, mode);
        try
        {
            // synchronous = NORMAL in WAL mode: a committed transaction is in the -wal file when COMMIT returns, so it
            // survives the process being killed; only an OS crash or power loss can lose the last few commits (the
            // -wal file is synced at checkpoints, not at every commit). FULL (Storage:SyncEveryCommit) syncs each commit.
            db.ExecuteScript(syncEveryCommit ? "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;" : "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            // 16 MB of pages per connection instead of 2 MB (the hot conversations stay in memory); savepoint journals
            // (one per write in a group commit) in memory rather than in temp files.
            db.ExecuteScript("PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY;");
            prepare(db);
            return db;
        }
        catch (SqliteException ex) when (!SqliteErrors.IsUnavailable(ex.SqliteErrorCode))
        {
            db.Dispose();
            throw new StorageUnavailableException(
                $"{path} is not a usable FaqBot SQLite database ({ex.Message}). Check Storage:DataFolder/Storage:SqliteFile, or move the file away to start afresh.", ex);
        }
        catch (SqliteException ex)
        {
            db.Dispose();
            throw SqliteErrors.Map(ex, path);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }
}
