using Microsoft.Extensions.Logging;

namespace FaqBot.Bot.Authentication;

/// <summary>
/// The channel's signing keys, fetched from OpenID metadata → jwks_uri and cached: refreshed periodically,
/// on an unknown kid at most once per <see cref="BotFrameworkAuthenticationOptions.UnknownKeyRefreshInterval"/>,
/// and the last good keys kept when a refresh fails.
/// </summary>
public sealed class SigningKeyCache : IDisposable
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _httpClient;
    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private volatile KeySnapshot? _snapshot;
    private DateTimeOffset? _lastAttempt;
    private bool _lastAttemptFailed;

    /// <summary>Creates the cache; nothing is fetched until the first token arrives.</summary>
    public SigningKeyCache(HttpClient httpClient, BotFrameworkAuthenticationOptions options, TimeProvider timeProvider, ILogger<SigningKeyCache> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The key with id <paramref name="keyId"/>, refreshing the set when allowed; null when unknown.</summary>
    public ValueTask<SigningKey?> GetKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        var snapshot = _snapshot;
        // Hot path: a fresh snapshot that knows the kid costs one dictionary lookup and no allocation.
        if (snapshot is not null && !IsStale(snapshot) && snapshot.Keys.TryGetValue(keyId, out var key))
        {
            return ValueTask.FromResult<SigningKey?>(key);
        }

        return new ValueTask<SigningKey?>(RefreshAndGetAsync(keyId, cancellationToken));
    }

    /// <summary>Releases the cached RSA objects.</summary>
    public void Dispose()
    {
        _refreshLock.Dispose();
        DisposeKeys(_snapshot);
    }

    private bool IsStale(KeySnapshot snapshot) => _timeProvider.GetUtcNow() - snapshot.FetchedAt >= _options.KeyRefreshInterval;

    private async Task<SigningKey?> RefreshAndGetAsync(string keyId, CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have refreshed while this one waited (single flight).
            var snapshot = _snapshot;
            if (ShouldRefresh(snapshot, keyId))
            {
                await RefreshAsync(cancellationToken).ConfigureAwait(false);
                snapshot = _snapshot;
            }

            return snapshot is not null && snapshot.Keys.TryGetValue(keyId, out var key) ? key : null;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private bool ShouldRefresh(KeySnapshot? snapshot, string keyId)
    {
        var now = _timeProvider.GetUtcNow();
        var sinceAttempt = _lastAttempt is { } last ? now - last : TimeSpan.MaxValue;
        if (_lastAttemptFailed && sinceAttempt < _options.FailedRefreshRetryInterval)
        {
            return false;
        }

        if (snapshot is null || IsStale(snapshot))
        {
            return true;
        }

        return !snapshot.Keys.ContainsKey(keyId) && sinceAttempt >= _options.UnknownKeyRefreshInterval;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        _lastAttempt = _timeProvider.GetUtcNow();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(FetchTimeout);
            var metadata = await _httpClient.GetByteArrayAsync(_options.OpenIdMetadataUrl, timeout.Token).ConfigureAwait(false);
            var jwksUri = JsonWebKeySetParser.ReadJwksUri(metadata);
            var jwks = await _httpClient.GetByteArrayAsync(jwksUri, timeout.Token).ConfigureAwait(false);
            var keys = JsonWebKeySetParser.ReadKeys(jwks);
            // Replaced RSA objects may still be in use by a request that read the previous snapshot, so they
            // are left to the finalizer rather than disposed here.
            _snapshot = new KeySnapshot(keys, _timeProvider.GetUtcNow());
            _lastAttemptFailed = false;
            _logger.LogInformation("Bot Framework signing keys refreshed: {KeyCount} keys", keys.Count);
        }
        catch (Exception ex) when (ex is HttpRequestException or FormatException or System.Text.Json.JsonException
            or System.Security.Cryptography.CryptographicException
            or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            _lastAttemptFailed = true;
            // Keep the last good keys: a metadata outage must not lock every channel out.
            _logger.LogWarning(ex, "Bot Framework signing key refresh failed; keeping {KeyCount} cached keys", _snapshot?.Keys.Count ?? 0);
            if (_snapshot is { } stale)
            {
                // Count the old keys as fresh until the next attempt is due, so requests use them without the lock.
                _snapshot = stale with { FetchedAt = _timeProvider.GetUtcNow() - _options.KeyRefreshInterval + _options.FailedRefreshRetryInterval };
            }
        }
    }

    private static void DisposeKeys(KeySnapshot? snapshot)
    {
        if (snapshot is null)
        {
            return;
        }

        foreach (var key in snapshot.Keys.Values)
        {
            key.Rsa.Dispose();
        }
    }

    private sealed record KeySnapshot(Dictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt);
}
