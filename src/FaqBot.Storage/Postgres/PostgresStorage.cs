using FaqBot.Storage.Conversations;
using FaqBot.Storage.Events;
using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>PostgreSQL, shared by replicas: conversations, the event log, settings, and LISTEN/NOTIFY between replicas.</summary>
public sealed class PostgresStorage : IFaqBotStorage
{
    private const string Setting = "Storage:PostgreSql";

    private readonly PostgresDatabase _database;
    private readonly PostgresConversationNotifier _notifier;

    private PostgresStorage(PostgresDatabase database, string connectionString)
    {
        _database = database;
        Conversations = new PostgresConversationBackend(database);
        Events = new PostgresEventStore(database);
        _notifier = new PostgresConversationNotifier(database, connectionString);
    }

    /// <inheritdoc />
    public string Description => _database.Description;

    /// <inheritdoc />
    public IConversationBackend Conversations { get; }

    /// <inheritdoc />
    public IEventStore Events { get; }

    /// <inheritdoc />
    public IConversationNotifier? Notifier => _notifier;

    /// <summary>Connections per replica unless the connection string sets Maximum Pool Size.</summary>
    public const int DefaultPoolSize = 24;

    private const int DefaultNpgsqlPoolSize = 100;

    /// <summary>
    /// Connects, then (role Server) creates or upgrades the tables; role Tool only checks that they are current.
    /// Unreachable server or refused login: <see cref="StorageUnavailableException"/> naming Storage:PostgreSql
    /// (never the password).
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="role">Server or tool.</param>
    /// <param name="cancellationToken">Cancels the connection attempt.</param>
    /// <param name="syncEveryCommit">
    /// false: this connection's commits do not wait for PostgreSQL's WAL flush (synchronous_commit=off), like the SQLite
    /// default: acknowledged writes survive FaqBot crashing and PostgreSQL restarting, not a crash of the database machine.
    /// </param>
    public static async Task<IFaqBotStorage> OpenAsync(string connectionString, StorageRole role, CancellationToken cancellationToken, bool syncEveryCommit = false)
    {
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            // Npgsql's parse errors name keywords, not values, so the password stays out of the message.
            throw new StorageConfigurationException($"{Setting} is not a valid connection string: {ex.Message}", ex);
        }

        var where = $"Host={settings.Host};Port={settings.Port};Database={settings.Database}";
        var description = $"PostgreSQL {settings.Database} at {settings.Host}:{settings.Port}";
        ApplyFaqBotDefaults(settings, syncEveryCommit);
        var dataSource = NpgsqlDataSource.Create(settings);
        var database = new PostgresDatabase(dataSource, description);
        try
        {
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            {
                await PostgresSchema.MigrateAsync(connection, role, description, cancellationToken).ConfigureAwait(false);
            }

            return new PostgresStorage(database, settings.ConnectionString);
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw new StorageUnavailableException($"Cannot open the PostgreSQL database named by {Setting} ({where}): {ex.Message}", ex);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Settings the connection string leaves at Npgsql's defaults get the values FaqBot's workload wants.
    private static void ApplyFaqBotDefaults(NpgsqlConnectionStringBuilder settings, bool syncEveryCommit)
    {
        if (settings.MaxAutoPrepare == 0)
        {
            // The same few statements run all day: prepared once per connection, they skip parsing and planning.
            settings.MaxAutoPrepare = 32;
        }

        if (settings.MaxPoolSize == DefaultNpgsqlPoolSize)
        {
            // Npgsql's default of 100 per replica would exhaust PostgreSQL's default max_connections (100) with two
            // replicas; a reply needs one connection for about a millisecond, so a few dozen carry thousands per second.
            settings.MaxPoolSize = DefaultPoolSize;
        }

        if (!settings.NoResetOnClose)
        {
            // Nothing FaqBot does leaves session state behind, so a connection back from the pool needs no reset
            // (which would cost extra statements on its next use and drop its prepared statements).
            settings.NoResetOnClose = true;
        }

        if (!syncEveryCommit && !(settings.Options ?? "").Contains("synchronous_commit", StringComparison.OrdinalIgnoreCase))
        {
            settings.Options = $"{settings.Options} -c synchronous_commit=off".Trim();
        }
    }

    /// <inheritdoc />
    public Task<string> GetOrCreateSettingAsync(string name, string valueIfAbsent, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(valueIfAbsent);
        return _database.RunAsync(async (connection, token) =>
        {
            // Two statements, each with its own snapshot (read committed): the SELECT sees a row a concurrent replica
            // committed while our INSERT waited on it and did nothing.
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("INSERT INTO settings (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING")
                    {
                        Parameters = { new("name", name), new("value", valueIfAbsent) },
                    },
                    new NpgsqlBatchCommand("SELECT value FROM settings WHERE name = @name") { Parameters = { new("name", name) } },
                },
            };
            return (string)(await batch.ExecuteScalarAsync(token).ConfigureAwait(false))!;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task PingAsync(CancellationToken cancellationToken) =>
        _database.RunAsync(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(token).ConfigureAwait(false);
        }, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _notifier.DisposeAsync().ConfigureAwait(false);
        await _database.DisposeAsync().ConfigureAwait(false);
    }
}
