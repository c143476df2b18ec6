using System.Collections.Concurrent;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// One writer connection, taken in turn (SQLite allows one writer at a time anyway, and queueing here is fairer and
/// cheaper than its busy-wait), and a few reader connections that, in WAL mode, read beside the writer.
/// </summary>
internal sealed class SqliteConnections : IAsyncDisposable
{
    private const int ReaderCount = 4;

    private readonly SqliteDatabase _writer;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly SemaphoreSlim _readerGate = new(ReaderCount, ReaderCount);
    private readonly ConcurrentBag<SqliteDatabase> _readers = [];
    private bool _disposed;

    public SqliteConnections(SqliteDatabase writer)
    {
        _writer = writer;
    }

    /// <summary>Runs <paramref name="work"/> on the writer connection, alone.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteDatabase, T> work, CancellationToken cancellationToken)
    {
        await _writerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work(_writer);
        }
        finally
        {
            _writerGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a reader connection (read-only).</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteDatabase, T> work, CancellationToken cancellationToken)
    {
        await _readerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        SqliteDatabase? reader = null;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_readers.TryTake(out reader))
            {
                reader = SqliteDatabase.Open(_writer.Path, SqliteOpenMode.ReadOnly);
            }

            return work(reader);
        }
        finally
        {
            if (reader is not null)
            {
                _readers.Add(reader);
            }

            _readerGate.Release();
        }
    }

    /// <summary>Waits for the running operations, then closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _writerGate.WaitAsync().ConfigureAwait(false);
        for (var i = 0; i < ReaderCount; i++)
        {
            await _readerGate.WaitAsync().ConfigureAwait(false);
        }

        _disposed = true;
        try
        {
            // Keeps the query planner's statistics fresh for the next start (cheap; see SQLite's advice on optimize).
            _writer.Execute("PRAGMA optimize");
        }
        catch (StorageUnavailableException)
        {
            // Closing anyway.
        }

        foreach (var reader in _readers)
        {
            reader.Dispose();
        }

        _writer.Dispose();
        _writerGate.Release();
        _readerGate.Release(ReaderCount);
    }
}
