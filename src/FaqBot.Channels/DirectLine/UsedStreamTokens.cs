using System.Collections.Concurrent;

namespace FaqBot.Channels.DirectLine;

/// <summary>
/// Stream tokens already used to open a socket, kept until they expire (DirectLine:StreamUrlLifetimeSeconds), so each
/// stream URL opens one socket only. Per process: with replicas, a copy replayed on another replica within the
/// lifetime is not caught (docs/website.md says so).
/// </summary>
/// <param name="time">The clock that says when a used token may be forgotten.</param>
public sealed class UsedStreamTokens(TimeProvider time)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);
    private long _lastPrune;

    /// <summary>True the first time a token is presented; false for any later use.</summary>
    public bool TryUse(string token, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (_used.Count > PruneAbove)
        {
            Prune();
        }

        return _used.TryAdd(token, expiresAt);
    }

    // Expired tokens are refused by validation anyway; at most once a second, forget them.
    private void Prune()
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref _lastPrune);
        if (now.UtcTicks - last < TimeSpan.TicksPerSecond || Interlocked.CompareExchange(ref _lastPrune, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (token, expiresAt) in _used)
        {
            if (expiresAt <= now)
            {
                _used.TryRemove(token, out _);
            }
        }
    }
}
