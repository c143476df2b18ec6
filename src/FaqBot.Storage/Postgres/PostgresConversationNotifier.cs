using System.Globalization;
using System.Text;
using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;
using Npgsql;

namespace FaqBot.Storage.Postgres;

/// <summary>
/// LISTEN/NOTIFY between replicas on one dedicated connection. Payloads: "&lt;conversationId&gt; &lt;seq&gt;" (sent by the
/// backend's append) and "&lt;conversationId&gt; t &lt;activity json&gt;" for transient activities. A lost connection is
/// re-established with backoff (0.2 s doubling to 5 s), then <see cref="Reconnected"/> is raised.
/// </summary>
public sealed partial class PostgresConversationNotifier : IConversationNotifier
{
    /// <summary>PostgreSQL refuses payloads of 8000 bytes or more; keep a margin.</summary>
    public const int MaxPayloadBytes = 7_900;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    // An idle listener checks its connection this often, so a silently dropped one is noticed.
    private static readonly TimeSpan IdleCheck = TimeSpan.FromSeconds(15);

    private readonly PostgresDatabase _database;
    private readonly string _listenConnectionString;
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;

    internal PostgresConversationNotifier(PostgresDatabase database, string connectionString)
    {
        _database = database;

        // Not pooled: this connection lives as long as the notifier, and must not be handed to anyone else.
        _listenConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 0 }.ConnectionString;
    }

    /// <inheritdoc />
    public event Action<ConversationNotification>? Received;

    /// <inheritdoc />
    public event Action? Reconnected;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
        if (_loop is not null)
        {
            return;
        }

        NpgsqlConnection connection;
        try
        {
            connection = await ListenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (PostgresErrors.IsUnavailable(ex))
        {
            throw _database.Unavailable(ex);
        }

        _loop = Task.Run(() => RunAsync(connection, _stopping.Token), CancellationToken.None);
    }

    /// <inheritdoc />
    public Task NotifyTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        var payload = conversationId + " t " + JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            return Task.CompletedTask; // Typing indicators are small; anything this large is not worth a failure.
        }

        return _database.RunAsync(async (connection, token) =>
        {
            await using var command = new NpgsqlCommand($"SELECT pg_notify('{PostgresConversationBackend.Channel}', @payload)", connection);
            command.Parameters.AddWithValue("payload", payload);
            await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    /// <summary>Parses a payload; null when it is not one of ours.</summary>
    internal static ConversationNotification? Parse(string payload)
    {
        var space = payload.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var conversationId = payload[..space];
        var rest = payload.AsSpan(space + 1);
        if (rest.StartsWith("t "))
        {
            try
            {
                var activity = JsonSerializer.Deserialize(rest[2..], BotJsonContext.Default.Activity);
                return activity is null ? null : new ConversationNotification(conversationId, 0, activity);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        // "<seq>" or "<seq> <timestamp in unix microseconds> <json>" (the stored activity, when it fitted).
        var seqEnd = rest.IndexOf(' ');
        if (!long.TryParse(seqEnd < 0 ? rest : rest[..seqEnd], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            return null;
        }

        var notification = new ConversationNotification(conversationId, seq, null);
        if (seqEnd < 0)
        {
            return notification;
        }

        var afterSeq = rest[(seqEnd + 1)..];
        var timeEnd = afterSeq.IndexOf(' ');
        if (timeEnd < 0 || !long.TryParse(afterSeq[..timeEnd], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var micros))
        {
            return notification;
        }

        try
        {
            var stored = StoredActivityJson.Read(conversationId, seq, DateTimeOffset.UnixEpoch.AddTicks(micros * 10), afterSeq[(timeEnd + 1)..].ToString());
            return notification with { Stored = stored.Activity };
        }
        catch (JsonException)
        {
            return notification;
        }
    }
}
