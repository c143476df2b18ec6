using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.RateLimiting;

// Rejected requests (401/403 on Direct Line and /api/messages) per client: each spends from a budget
// (RateLimiting:RejectedRequestsPerMinute); an empty budget means the client's requests are refused with 429 before
// any work. They are logged at most once per client per RateLimiting:RejectionLogSeconds, with how many were
// refused since the last line, so forged tokens sprayed at the server cannot flood the log. Clients appear in the
// log as a short keyed hash (same client, same tag while the process runs), never as an IP address.
public sealed partial class RejectionGate
{
    private const int MaxTracked = 10_000;

    private readonly KeyedTokenBuckets? _budget;
    private readonly ConcurrentDictionary<string, LogState> _logged = new(StringComparer.Ordinal);
    private readonly TimeSpan _logInterval;
    private readonly TimeProvider _time;
    private readonly ILogger<RejectionGate> _logger;
    private readonly byte[] _tagKey = RandomNumberGenerator.GetBytes(32);

    public RejectionGate(IOptions<RateLimitingOptions> options, TimeProvider time, ILogger<RejectionGate> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _budget = o.Enabled ? new KeyedTokenBuckets(o.RejectedRequestsPerMinute, o.RejectedRequestsPerMinute, time) : null;
        _logInterval = TimeSpan.FromSeconds(o.RejectionLogSeconds);
        _time = time;
        _logger = logger;
    }

    // Null when the client may be served; else how long until it may (its requests are counted, not logged, meanwhile).
    public TimeSpan? Blocked(string clientKey)
    {
        if (_budget?.Peek(clientKey) is not { } wait)
        {
            return null;
        }

        Note(clientKey, 429, "rejected too often", null);
        return wait;
    }

    // A 401 or 403 was answered. endpoint and reason must not carry raw request text (use LogValue).
    public void Record(string clientKey, int status, string endpoint, string? reason)
    {
        _budget?.TryTake(clientKey);
        Note(clientKey, status, endpoint, reason);
    }

    private void Note(string clientKey, int status, string endpoint, string? reason)
    {
        var now = _time.GetUtcNow();
        if (_logged.Count > MaxTracked)
        {
            _logged.Clear();
        }

        var state = _logged.GetOrAdd(clientKey, static _ => new LogState());
        long refused;
        lock (state)
        {
            state.Refused++;
            if (state.LastLogged is { } last && now - last < _logInterval)
            {
                return;
            }

            refused = state.Refused;
            state.Refused = 0;
            state.LastLogged = now;
        }

        LogRefused(_logger, refused, Tag(clientKey), status, endpoint, reason ?? "-");
    }

    private string Tag(string clientKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_tagKey, Encoding.UTF8.GetBytes(clientKey)).AsSpan(0, 4));

    private sealed class LogState
    {
        public DateTimeOffset? LastLogged { get; set; }

        public long Refused { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused {Refused} request(s) from client {Client} since the last report; latest: {Status} on {Endpoint} ({Reason})")]
    private static partial void LogRefused(ILogger logger, long refused, string client, int status, string endpoint, string reason);
}
