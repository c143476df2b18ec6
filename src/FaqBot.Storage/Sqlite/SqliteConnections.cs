using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// One writer connection fed by a queue (SQLite allows one writer at a time anyway, and queueing here is fairer and
/// cheaper than its busy-wait), and a few reader connections that, in WAL mode, read beside the writer. Writes
/// waiting together are committed together (group commit): each runs in its own savepoint, so one failing does
/// not undo the others, and all are acknowledged after the one COMMIT. Under load this turns many small
/// transactions into few, which is where SQLite spends its time.
/// </summary>
internal sealed class SqliteConnections : IAsyncDisposable
{
    private const int ReaderCount = 4;
    private const int MaxGroup = 256;

    private readonly SqliteDatabase _writer;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly SemaphoreSlim _readerGate = new(ReaderCount, ReaderCount);
    private readonly ConcurrentBag<SqliteDatabase> _readers = [];
    private readonly Channel<SqliteWrite> _writes = Channel.CreateUnbounded<SqliteWrite>(); // not SingleReader: that channel cannot Count
    private readonly Task _writing;
    private static readonly TimeSpan QuietAfterGroup = TimeSpan.FromMilliseconds(5);
    private long _lastGroupAt;
    private bool _disposed;

    public SqliteConnections(SqliteDatabase writer)
    {
        _writer = writer;
        _writing = Task.Factory.StartNew(WriteLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Runs <paramref name="work"/> on the writer connection, alone or in a group commit; returns after it is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteDatabase, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();

        // Quiet (no group commit in the last few ms, nobody writing or waiting): run here, sparing a lone message two
        // thread hand-offs. Under load, writes go through the queue so they share commits.
        if (_writes.Reader.Count == 0
            && Stopwatch.GetElapsedTime(Volatile.Read(ref _lastGroupAt)) > QuietAfterGroup
            && _writerGate.Wait(0))
        {
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                return Task.FromResult(work(_writer));
            }
            catch (Exception ex)
            {
                return Task.FromException<T>(ex);
            }
            finally
            {
                _writerGate.Release();
            }
        }

        var write = new SqliteWrite<T>(work);
        if (!_writes.Writer.TryWrite(write))
        {
            throw new ObjectDisposedException(nameof(SqliteConnections));
        }

        return write.Task;
    }

    private void WriteLoop()
    {
        var group = new List<SqliteWrite>(MaxGroup);
        while (_writes.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (group.Count < MaxGroup && _writes.Reader.TryRead(out var write))
            {
                group.Add(write);
            }

            _writerGate.Wait();
            try
            {
                if (group.Count == 1)
                {
                    group[0].RunAlone(_writer);
                }
                else
                {
                    Volatile.Write(ref _lastGroupAt, Stopwatch.GetTimestamp());
                    RunGroup(group);
                }
            }
            catch (Exception ex)
            {
                // A rollback that itself failed: the loop must live on, and nobody may wait forever.
                group.ForEach(w => w.Fail(ex));
                RollBackQuietly();
            }
            finally
            {
                _writerGate.Release();
                group.Clear();
            }
        }
    }

    private void RollBackQuietly()
    {
        try
        {
            if (_writer.InTransaction)
            {
                _writer.Execute("ROLLBACK");
            }
        }
        catch (Exception ex) when (ex is StorageUnavailableException or SqliteException)
        {
            // The next BEGIN reports whatever is wrong.
        }
    }

    private void RunGroup(List<SqliteWrite> group)
    {
        try
        {
            _writer.ExecuteCached("BEGIN IMMEDIATE");
        }
        catch (Exception ex)
        {
            group.ForEach(w => w.Fail(ex));
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
            _writer.ExecuteCached("COMMIT");
        }
        catch (Exception ex)
        {
            if (_writer.InTransaction)
            {
                _writer.Execute("ROLLBACK");
            }

            group.ForEach(w => w.Fail(w.Error ?? ex));
            return;
        }

        group.ForEach(w => w.Complete());
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

        _writes.Writer.TryComplete();
        await _writing.ConfigureAwait(false);
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
