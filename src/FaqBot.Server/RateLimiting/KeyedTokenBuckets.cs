using System.Collections.Concurrent;

namespace FaqBot.Server.RateLimiting;

// Token buckets per key with continuous refill: `burst` requests at once, then `perMinute` spread evenly. A refusal
// says exactly how long until the next token, so Retry-After is accurate (a retry after it succeeds, unless the same
// client spent the token meanwhile). Buckets idle long enough to be full again are forgotten when there are many.
public sealed class KeyedTokenBuckets
{
    private const int PruneAbove = 50_000;

    // Refills are sums of fractions: a client that waited exactly the announced time must not fall short by a rounding.
    private const double Epsilon = 1e-6;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly double _perTick;
    private readonly double _burst;
    private readonly TimeProvider _time;
    private long _lastPrune;

    public KeyedTokenBuckets(double perMinute, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        _perTick = perMinute / TimeSpan.TicksPerMinute;
        _burst = burst;
        _time = time;
    }

    public int Count => _buckets.Count;

    // Takes a token: null when allowed, else the time until one is available.
    public TimeSpan? TryTake(string key) => Use(key, take: true);

    // The wait a request would get now, without taking anything.
    public TimeSpan? Peek(string key) => _buckets.ContainsKey(key) ? Use(key, take: false) : null;

    private TimeSpan? Use(string key, bool take)
    {
        var now = _time.GetUtcNow().UtcTicks;
        var bucket = _buckets.GetOrAdd(key, static (_, state) => new Bucket(state.Burst, state.Now), (Burst: _burst, Now: now));
        TimeSpan? wait;
        lock (bucket)
        {
            bucket.Refill(now, _perTick, _burst);
            if (bucket.Tokens >= 1 - Epsilon)
            {
                bucket.Tokens -= take ? 1 : 0;
                wait = null;
            }
            else
            {
                wait = TimeSpan.FromTicks((long)Math.Ceiling((1 - Epsilon - bucket.Tokens) / _perTick));
            }
        }

        if (_buckets.Count > PruneAbove)
        {
            Prune(now);
        }

        return wait;
    }

    // At most once a second: forget full buckets (a new one starts full anyway); if an attacker keeps more keys than
    // that busy, start afresh rather than grow without bound.
    private void Prune(long now)
    {
        var last = Interlocked.Read(ref _lastPrune);
        if (now - last < TimeSpan.TicksPerSecond || Interlocked.CompareExchange(ref _lastPrune, now, last) != last)
        {
            return;
        }

        foreach (var (key, bucket) in _buckets)
        {
            lock (bucket)
            {
                bucket.Refill(now, _perTick, _burst);
                if (bucket.Tokens >= _burst)
                {
                    _buckets.TryRemove(new KeyValuePair<string, Bucket>(key, bucket));
                }
            }
        }

        if (_buckets.Count > PruneAbove)
        {
            _buckets.Clear();
        }
    }

    private sealed class Bucket(double tokens, long stamp)
    {
        public double Tokens { get; set; } = tokens;

        private long Stamp { get; set; } = stamp;

        public void Refill(long now, double perTick, double burst)
        {
            if (now > Stamp)
            {
                Tokens = Math.Min(burst, Tokens + ((now - Stamp) * perTick));
                Stamp = now;
            }
        }
    }
}
