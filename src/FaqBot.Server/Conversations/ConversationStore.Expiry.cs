
namespace FaqBot.Server.Conversations;

// Conversations leave the database idle (the sweeper) or, when the server is full, least recently active first.
public sealed partial class ConversationStore
{
    // Open streams count as activity (a patient reading a long answer is not idle), on whichever replica they are.
    public async ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var streaming = _live.Values.Where(l => l.HasSubscriber).Select(l => l.ConversationId).ToList();
        var removed = await _health.RunAsync(async () =>
        {
            if (streaming.Count > 0)
            {
                await _backend.TouchAsync(streaming, now, cancellationToken).ConfigureAwait(false);
            }

            return await _backend.RemoveIdleAsync(idleSince, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        Forget(removed);
        Volatile.Write(ref _count, await _health.RunAsync(() => _backend.CountAsync(cancellationToken)).ConfigureAwait(false));
        return removed.Count;
    }

    // Full: the least recently active idle conversations (no stream open on this replica, nothing for the eviction
    // grace) make room. One eviction at a time; starts waiting behind it find the room it made.
    private async Task<int> EvictLeastRecentAsync(CancellationToken cancellationToken)
    {
        await _evicting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Count < _options.MaxConversations)
            {
                return 1;
            }

            var now = _timeProvider.GetUtcNow();
            var streaming = _live.Values.Where(l => l.HasSubscriber).Select(l => l.ConversationId).ToList();
            var removed = await _health.RunAsync(async () =>
            {
                if (streaming.Count > 0)
                {
                    await _backend.TouchAsync(streaming, now, cancellationToken).ConfigureAwait(false);
                }

                return await _backend.RemoveLeastRecentAsync(ConversationEviction.BatchSize(_options),
                    now - ConversationEviction.Grace(_options), cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            Forget(removed);
            Volatile.Write(ref _count, await _health.RunAsync(() => _backend.CountAsync(cancellationToken)).ConfigureAwait(false));
            return removed.Count;
        }
        finally
        {
            _evicting.Release();
        }
    }

    private void Forget(IEnumerable<string> removed)
    {
        foreach (var id in removed)
        {
            _known.TryRemove(id, out _);
            if (_live.TryRemove(id, out var live))
            {
                live.Close();
            }
        }
    }
}
