using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>The data source shared by the store's parts, with the mapping of connection failures.</summary>
internal sealed class PostgresDatabase(NpgsqlDataSource dataSource, string description) : IAsyncDisposable
{
    /// <summary>The pooled connections.</summary>
    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>"PostgreSQL db at host:port" (no secrets).</summary>
    public string Description { get; } = description;

    /// <summary>
    /// Runs <paramref name="work"/> on a pooled connection. Connection failures become <see cref="StorageUnavailableException"/>;
    /// a session the server had already ended (restart) is retried once on a fresh connection.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                return await work(connection, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (PostgresErrors.IsUnavailable(ex))
            {
                // Idle pooled connections to a restarted server are all dead: drop them so the next call connects afresh.
                DataSource.Clear();
                if (attempt == 1 && PostgresErrors.IsSessionTerminated(ex))
                {
                    continue;
                }

                throw Unavailable(ex);
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> without a result.</summary>
    public Task RunAsync(Func<NpgsqlConnection, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync(async (connection, token) =>
        {
            await work(connection, token).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The exception to throw for a connection failure.</summary>
    public StorageUnavailableException Unavailable(Exception exception) =>
        new($"{Description} is unavailable: {exception.Message}", exception);

    /// <summary>Closes the pool.</summary>
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
