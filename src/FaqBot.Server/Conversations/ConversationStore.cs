using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using FaqBot.Schema.Activities;
using FaqBot.Channels.DirectLine;
using FaqBot.Server.Persistence;
using FaqBot.Storage;
using FaqBot.Storage.Conversations;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Conversations;

// Direct Line conversations: history with watermarks, and the live stream of each. The history and watermarks live in
// the configured storage (SQLite, PostgreSQL or Memory), so with a database any replica can serve polling and a
// restart loses nothing; live streams are local to the replica holding the WebSocket and are fed by this replica's
// appends and by the other replicas' notifications (PostgreSQL LISTEN/NOTIFY). Unknown conversations give null / false.
// The only conversation store: tests run it over MemoryStorage or a fake IFaqBotStorage rather than replacing it.
public sealed partial class ConversationStore : IDirectLineConversations, IDisposable
{
    private readonly IConversationBackend _backend;
    private readonly IConversationNotifier? _notifier;
    private readonly StorageHealth _health;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConversationStore> _logger;
    private readonly ConcurrentDictionary<string, LiveConversation> _live = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _evicting = new(1, 1);

    // Conversations known to exist, so the check before each post costs no read. A stale entry (the conversation
    // expired on another replica) only means the append itself finds it gone and the client gets the same 404.
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private const int MaxKnown = 100_000;
    private int _count;
    private int _disposed;

    public ConversationStore(IFaqBotStorage storage, StorageHealth health, IOptions<DirectLineOptions> options,
        TimeProvider timeProvider, ILogger<ConversationStore> logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _backend = storage.Conversations;
        _notifier = storage.Notifier;
        _health = health;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _count = storage.Conversations.CountAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (_notifier is not null)
        {
            _notifier.Received += OnNotification;
            _notifier.Reconnected += CatchUpAll;
        }

        health.Recovered += CatchUpAll;
    }

    // Conversations in the database as of the last create or sweep (all replicas' together).
    public int Count => Volatile.Read(ref _count);

    public async ValueTask<CreateConversationResult> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (Count >= _options.MaxConversations && await EvictLeastRecentAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return CreateConversationResult.Full;
        }

        var created = await _health.RunAsync(() => _backend.CreateAsync(conversationId, userId, _timeProvider.GetUtcNow(), cancellationToken))
            .ConfigureAwait(false);
        if (!created)
        {
            return CreateConversationResult.AlreadyExists;
        }

        Interlocked.Increment(ref _count);
        Remember(conversationId);
        return CreateConversationResult.Created;
    }

    public async ValueTask<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (_known.ContainsKey(conversationId))
        {
            return true;
        }

        var exists = await _health.RunAsync(() => _backend.ExistsAsync(conversationId, cancellationToken)).ConfigureAwait(false);
        if (exists)
        {
            Remember(conversationId);
        }

        return exists;
    }

    // Stores the activity with a new id ({conversationId}|{seq:0000000}) and a timestamp that never goes backwards,
    // then pushes it to the live stream. Returns the stored activity.
    public async ValueTask<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var stored = await _health.RunAsync(() =>
                _backend.AppendAsync(conversationId, activity, _timeProvider.GetUtcNow(), _options.MaxActivitiesPerConversation, cancellationToken))
            .ConfigureAwait(false);
        if (stored is null)
        {
            _known.TryRemove(conversationId, out _);
            return null;
        }

        if (_live.TryGetValue(conversationId, out var live))
        {
            await live.OfferAsync(stored.Seq, stored.Activity, CancellationToken.None).ConfigureAwait(false);
        }

        return stored.Activity;
    }

    // Pushes an activity (typing) to the live stream only, with a fresh id; it is not kept in the history. It goes to
    // the local stream and, through the notifier, to the other replicas.
    public async ValueTask<Activity?> PublishTransientAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var transient = activity with
        {
            Id = conversationId + "|t" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            Timestamp = _timeProvider.GetUtcNow(),
        };
        if (_live.TryGetValue(conversationId, out var live))
        {
            await live.PushTransientAsync(transient, CancellationToken.None).ConfigureAwait(false);
        }

        if (_notifier is not null)
        {
            // Not awaited: the reply need not wait a round trip for a typing indicator, and a lost one is harmless.
            _ = ObserveAsync(_notifier.NotifyTransientAsync(conversationId, transient, _stopping.Token));
        }

        return transient;
    }

    // Activities after the watermark (-1: all kept), and the watermark to ask from next.
    public async ValueTask<ActivitySet?> GetActivitiesAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken)
    {
        var page = await _health.RunAsync(() => _backend.ReadAfterAsync(conversationId, Math.Max(0, afterWatermark), cancellationToken))
            .ConfigureAwait(false);
        return page is null
            ? null
            : new ActivitySet([.. page.Activities.Select(a => a.Activity)], page.LastSeq.ToString(CultureInfo.InvariantCulture));
    }

    // The one live stream of a conversation: replays after the watermark, then follows; a new one ends the old.
    public async ValueTask<ConversationSubscription?> SubscribeAsync(string conversationId, long afterWatermark, CancellationToken cancellationToken)
    {
        var live = _live.GetOrAdd(conversationId, id => new LiveConversation(id, _backend));
        var subscription = await _health.RunAsync(() => live.SubscribeAsync(afterWatermark, cancellationToken)).ConfigureAwait(false);
        if (subscription is null)
        {
            _live.TryRemove(new KeyValuePair<string, LiveConversation>(conversationId, live));
        }

        return subscription;
    }

    // Idempotent: the container disposes it once as itself and once as the protocol's IDirectLineConversations.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_notifier is not null)
        {
            _notifier.Received -= OnNotification;
            _notifier.Reconnected -= CatchUpAll;
        }

        _health.Recovered -= CatchUpAll;
        _stopping.Cancel();
        _stopping.Dispose();
        _evicting.Dispose();
    }

    private void Remember(string conversationId)
    {
        if (_known.Count >= MaxKnown)
        {
            _known.Clear();
        }

        _known[conversationId] = true;
    }

    private void OnNotification(ConversationNotification notification)
    {
        if (!_live.TryGetValue(notification.ConversationId, out var live) || !live.HasSubscriber)
        {
            return;
        }

        var delivery = notification.Transient is { } transient
            ? live.PushTransientAsync(transient, _stopping.Token)
            : live.OfferAsync(notification.Seq, notification.Stored, _stopping.Token);
        _ = ObserveAsync(delivery);
    }

    private void CatchUpAll()
    {
        foreach (var live in _live.Values.Where(l => l.HasSubscriber))
        {
            _ = ObserveAsync(live.CatchUpAsync(_stopping.Token));
        }
    }

    // Background deliveries must not go unobserved; a failed read is retried at the next notification or recovery.
    private async Task ObserveAsync(Task delivery)
    {
        try
        {
            await delivery.ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            _health.ReportFailure(ex);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            LogDeliveryFailed(_logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering activities to a live stream failed")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception);
}
