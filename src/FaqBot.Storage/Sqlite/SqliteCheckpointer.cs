using Microsoft.Data.Sqlite;

namespace FaqBot.Storage.Sqlite;

/// <summary>
/// Copies the -wal file back into the database once a second on its own connection and thread. SQLite's automatic
/// checkpoint would run inside a commit and sync the disk there, adding milliseconds to an unlucky patient's reply;
/// a PASSIVE checkpoint here blocks neither the writer nor the readers.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly SqlitePreparedConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public SqliteCheckpointer(string path)
    {
        _connection = SqlitePreparedConnection.Open(path, SqliteOpenMode.ReadWrite, busyTimeoutMilliseconds: 1000);
        _running = Task.Run(RunAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _connection.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            try
            {
                _connection.ExecuteString("PRAGMA wal_checkpoint(PASSIVE)");
            }
            catch (SqliteException)
            {
                // Busy or a disk problem: the writes report it; the next tick tries again.
            }
        }
    }
}
