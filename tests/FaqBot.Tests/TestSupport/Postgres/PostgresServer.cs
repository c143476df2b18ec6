using System.Diagnostics;
using Npgsql;

namespace FaqBot.Tests.TestSupport.Postgres;

/// <summary>
/// A private PostgreSQL server for tests: initdb into a temp folder, postgres on a free loopback port with its own
/// socket folder. As root, runs the binaries as the postgres user (PostgreSQL refuses root).
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable, IDisposable
{
    /// <summary>The superuser created by initdb (trust authentication on loopback).</summary>
    public const string User = "faqbot";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly string _root;
    private readonly string _binDirectory;
    private readonly PostgresLog _log = new();
    private Process? _process;
    private bool _initialized;

    /// <summary>Creates the folders and picks a free port; call <see cref="StartAsync"/> to run it.</summary>
    public PostgresServer()
    {
        _binDirectory = PostgresBinaries.FindBinDirectory();
        _root = Path.Combine(Path.GetTempPath(), "faqbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(SocketDirectory);
        Port = FreePort();
    }

    /// <summary>The TCP port on 127.0.0.1 (kept across restarts).</summary>
    public int Port { get; }

    /// <summary>The data folder.</summary>
    public string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The folder of the Unix socket.</summary>
    public string SocketDirectory => Path.Combine(_root, "sock");

    /// <summary>Whether the server process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>A connection string for <paramref name="database"/> on this server (no password: trust).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database }.ConnectionString;

    /// <summary>Runs initdb the first time, starts postgres and waits until it accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        if (!_initialized)
        {
            await InitDbAsync(cancellationToken);
            _initialized = true;
        }

        _process = PostgresBinaries.Start(_binDirectory, "postgres",
            ["-D", DataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", SocketDirectory,
             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=on", "-c", "shared_buffers=16MB", "-c", "max_connections=200"],
            _log);
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>Fast shutdown (SIGINT: rolls back open transactions, closes connections); waits until it has exited.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited && PostmasterPid() is { } pid)
        {
            PostgresBinaries.Signal(pid, PostgresBinaries.SigInt);
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // A shutdown slower than StopTimeout (a loaded machine) ends in a kill, which disposes the process.
            await KillAsync();
            return;
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Stops and starts again on the same port and data.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync();
        await StartAsync(cancellationToken);
    }

    /// <summary>SIGKILL to the postmaster and its children, as in a crash; data since the last commit is lost.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (PostmasterPid() is { } pid)
        {
            // Backends left behind would hold the shared memory and block a restart: kill them too.
            foreach (var child in PostgresBinaries.ChildrenOf(pid))
            {
                PostgresBinaries.Signal(child, PostgresBinaries.SigKill);
            }

            PostgresBinaries.Signal(pid, PostgresBinaries.SigKill);
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        await _process.WaitForExitAsync(timeout.Token);
        _process.Dispose();
        _process = null;
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    /// <summary>A fresh database with a unique name made from <paramref name="prefix"/>.</summary>
    public Task<string> CreateUniqueDatabaseAsync(string prefix, CancellationToken cancellationToken = default) =>
        CreateDatabaseAsync((prefix + "_" + Guid.NewGuid().ToString("N")[..10]).ToLowerInvariant(), cancellationToken);

    /// <summary>Stops the server and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            DeleteRoot();
        }
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
