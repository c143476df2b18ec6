using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// One writer connection and a few reader connections that, in WAL mode, read beside the writer. Writes are queued;
/// whichever caller finds the writer free becomes the leader and commits everything waiting together (group
/// commit), on its own thread: no writer thread to wake, no hand-off for a lone write. Each write runs in its own
/// savepoint, so one failing does not undo the others, and all are acknowledged after the one COMMIT. Under load
/// this turns many small transactions into few, which is where SQLite spends its time.
/// </summary>
internal sealed partial class SqliteConnectionPool : IAsyncDisposable
{
    private const int ReaderCount = 4;
    private const int MaxGroup = 256;

    // A leader commits at most this many groups before handing the rest to the thread pool, so its own caller
    // (a patient's request) is not held up by everybody else's writes.
    private const int MaxGroupsPerLeader = 2;

    private readonly SqlitePreparedConnection _writer;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly SemaphoreSlim _readerGate = new(ReaderCount, ReaderCount);
    private readonly ConcurrentBag<SqlitePreparedConnection> _readers = [];
    private readonly ConcurrentQueue<SqliteWrite> _writes = new();
    private volatile bool _disposed;

    public SqliteConnectionPool(SqlitePreparedConnection writer)
    {
        _writer = writer;
    }

    /// <summary>Runs <paramref name="work"/> on the writer connection, alone or in a group commit; completes after it is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqlitePreparedConnection, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var write = new SqliteWrite<T>(work);
        _writes.Enqueue(write);
        Lead();
        return write.Task;
    }

    // Becomes the leader if nobody is, and commits what is queued. After releasing the gate it looks again: a write
    // queued by a caller who found the gate taken just before the release would otherwise wait for the next caller.
    private void Lead()
    {
        var groups = 0;
        while (!_writes.IsEmpty && _writerGate.Wait(0))
        {
            try
            {
                while (groups < MaxGroupsPerLeader && CommitNextGroup())
                {
                    groups++;
                }
            }
            finally
            {
                _writerGate.Release();
            }

            if (groups >= MaxGroupsPerLeader)
            {
                if (!_writes.IsEmpty)
                {
                    ThreadPool.UnsafeQueueUserWorkItem(static self => self.Lead(), this, preferLocal: false);
                }

                return;
            }
        }
    }

    // Commits up to MaxGroup queued writes; false when there were none.
    private bool CommitNextGroup()
    {
        var group = new List<SqliteWrite>();
        while (group.Count < MaxGroup && _writes.TryDequeue(out var write))
        {
            group.Add(write);
        }

        if (group.Count == 0)
        {
            return false;
        }

        StorageMetrics.GroupCommitSize.Record(group.Count);

        if (_disposed)
        {
            group.ForEach(w => w.Fail(new ObjectDisposedException(nameof(SqliteConnectionPool))));
            return true;
        }

        try
        {
            if (group.Count == 1)
            {
                group[0].RunAlone(_writer);
            }
            else
            {
                RunGroup(group);
            }
        }
        catch (Exception ex)
        {
            // A rollback that itself failed: nobody may wait forever, and the next group must find no open transaction.
            var error = SqliteErrors.Map(ex, _writer.Path);
            group.ForEach(w => w.Fail(error));
            RollBackQuietly();
        }

        return true;
    }

    /// <summary>Runs <paramref name="work"/> on a reader connection (read-only).</summary>
    public async Task<T> ReadAsync<T>(Func<SqlitePreparedConnection, T> work, CancellationToken cancellationToken)
    {
        await _readerGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        SqlitePreparedConnection? reader = null;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_readers.TryTake(out reader))
            {
                reader = SqlitePreparedConnection.Open(_writer.Path, SqliteOpenMode.ReadOnly);
            }

            return work(reader);
        }
        catch (SqliteException ex) when (SqliteErrors.IsUnavailable(ex.SqliteErrorCode))
        {
            throw SqliteErrors.Map(ex, _writer.Path);
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

        // Writes queued before the close still get committed; later ones are refused.
        while (CommitNextGroup())
        {
        }

        for (var i = 0; i < ReaderCount; i++)
        {
            await _readerGate.WaitAsync().ConfigureAwait(false);
        }

        _disposed = true;
        try
        {
            // Keeps the query planner's statistics fresh for the next start (cheap; see SQLite's advice on optimize).
            _writer.ExecuteScript("PRAGMA optimize");
        }
        catch (SqliteException)
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

        // A write queued while the gate was held here fails now instead of waiting forever.
        Lead();
    }
}
