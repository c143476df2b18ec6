using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FaqBot.Tests.TestSupport.Postgres;

// Start-up and clean-up details of the test server.
public sealed partial class PostgresServer
{
    private async Task InitDbAsync(CancellationToken cancellationToken)
    {
        PostgresBinaries.GiveToServerUser(_root);
        using var initdb = PostgresBinaries.Start(_binDirectory, "initdb",
            ["-D", DataDirectory, "-A", "trust", "-U", User, "-E", "UTF8", "--locale=C", "--no-sync"], _log);
        await initdb.WaitForExitAsync(cancellationToken);
        if (initdb.ExitCode != 0)
        {
            throw new InvalidOperationException($"initdb failed with exit code {initdb.ExitCode}:\n{_log.Tail()}");
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var connectionString = ConnectionString("postgres") + ";Pooling=false;Timeout=2";
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"postgres exited during start-up:\n{_log.Tail()}");
            }

            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException && deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private int? PostmasterPid()
    {
        // The process we started may be runuser; the postmaster's own pid is the first line of postmaster.pid.
        try
        {
            var first = File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void DeleteRoot()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
