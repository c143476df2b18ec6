using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FaqBot.Storage;
using FaqBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FaqBot.Tests.Storage.Sqlite;

// Group commit kept on Microsoft.Data.Sqlite: writes that arrive while the writer is busy wait for it, then run
// together in one transaction (each in its own savepoint) and one COMMIT, reported by the group-commit size metric.
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly SqliteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task WriteAsync_WritesQueuedWhileTheWriterIsBusy_OneTransactionAndOneCommit()
    {
        await using var pool = new SqliteConnectionPool(SqlitePreparedConnection.Open(Path.Combine(_temp.Folder, "g.db"), SqliteOpenMode.ReadWriteCreate));
        await pool.WriteAsync(c => { c.ExecuteScript("CREATE TABLE t (i INTEGER)"); return 0; }, CancellationToken.None);
        var sizes = new ConcurrentQueue<(int Size, int Thread)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument == StorageMetrics.GroupCommitSize)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, size, _, _) => sizes.Enqueue((size, Environment.CurrentManagedThreadId)));
        listener.Start();
        using var busy = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var leaderThread = 0;

        var first = Task.Run(() => pool.WriteAsync(c =>
        {
            leaderThread = Environment.CurrentManagedThreadId;
            busy.Set();
            release.Wait();
            return c.Execute("INSERT INTO t VALUES (?1)", 0);
        }, CancellationToken.None));
        busy.Wait();
        var queued = Enumerable.Range(1, 10)
            .Select(i => pool.WriteAsync(c => c.Execute("INSERT INTO t VALUES (?1)", i) == 1 && c.InTransaction, CancellationToken.None))
            .ToList();
        Assert.All(queued, write => Assert.False(write.IsCompleted));
        release.Set();
        await first;
        var ranInTransaction = await Task.WhenAll(queued);

        Assert.All(ranInTransaction, Assert.True);
        Assert.Equal([1, 10], sizes.Where(s => s.Thread == leaderThread).Select(s => s.Size));
        Assert.Equal(11, await pool.ReadAsync(c => c.ExecuteLong("SELECT count(*) FROM t"), CancellationToken.None));
    }
}
