using FaqBot.Storage.Conversations;
using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>The listening connection: wait for notifications, check an idle connection, reconnect with backoff.</summary>
public sealed partial class PostgresConversationNotifier
{
    private async Task<NpgsqlConnection> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_listenConnectionString);
        try
        {
            connection.Notification += OnNotification;
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"LISTEN {PostgresConversationBackend.Channel}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task RunAsync(NpgsqlConnection connection, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await WaitForNotificationsAsync(connection, stopping).ConfigureAwait(false);
            }
            catch (Exception) when (!stopping.IsCancellationRequested)
            {
                // The connection is gone (server restart, network) or unusable: reconnect rather than stop listening.
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            if (await ReconnectAsync(stopping).ConfigureAwait(false) is not { } next)
            {
                return;
            }

            connection = next;
            Reconnected?.Invoke();
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task WaitForNotificationsAsync(NpgsqlConnection connection, CancellationToken stopping)
    {
        while (true)
        {
            if (!await connection.WaitAsync(IdleCheck, stopping).ConfigureAwait(false))
            {
                // Nothing for a while: a round trip proves the connection (and thus our LISTEN) still works.
                await using var ping = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = 10 };
                await ping.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task<NpgsqlConnection?> ReconnectAsync(CancellationToken stopping)
    {
        var delay = FirstRetryDelay;
        while (true)
        {
            try
            {
                await Task.Delay(delay, stopping).ConfigureAwait(false);
                return await ListenAsync(stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
            {
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel != PostgresConversationBackend.Channel || Parse(e.Payload) is not { } notification || Received is not { } received)
        {
            return;
        }

        foreach (var handler in received.GetInvocationList().Cast<Action<ConversationNotification>>())
        {
            try
            {
                handler(notification);
            }
            catch (Exception)
            {
                // A failing handler must not break the listening connection nor starve the other handlers.
            }
        }
    }
}
