using FaqBot.Bot.Authentication;

namespace FaqBot.Tests.Bot.Authentication;

public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private readonly TestKeys _keys = TestKeys.Shared;
    private readonly ManualClock _time = new();
    private readonly ListLogger<SigningKeyCache> _logger = new();
    private OpenIdTestServer _server = null!;
    private SigningKeyCache _cache = null!;
    private BotFrameworkAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenIdTestServer.StartAsync(_keys.InitialJwks());
        var options = new BotFrameworkAuthenticationOptions { MicrosoftAppId = TestTokens.AppId, OpenIdMetadataUrl = _server.MetadataUrl };
        _cache = new SigningKeyCache(new HttpClient(), options, _time, _logger);
        _authenticator = new BotFrameworkAuthenticator(options, _cache, _time);
    }

    public async Task DisposeAsync()
    {
        _cache.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetKeyAsync_WarmCache_DoesNotFetchAgain()
    {
        await _cache.GetKeyAsync("main", CancellationToken.None);

        for (var i = 0; i < 20; i++)
        {
            Assert.NotNull(await _cache.GetKeyAsync("main", CancellationToken.None));
        }

        Assert.Equal(1, _server.MetadataRequests);
        Assert.Equal(1, _server.KeyRequests);
    }

    [Fact]
    public async Task GetKeyAsync_ConcurrentColdStart_FetchesOnce()
    {
        var lookups = Enumerable.Range(0, 16).Select(_ => _cache.GetKeyAsync("main", CancellationToken.None).AsTask());

        var keys = await Task.WhenAll(lookups);

        Assert.All(keys, Assert.NotNull);
        Assert.Equal(1, _server.KeyRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRolledOver_PicksUpNewKeyWithoutRestart()
    {
        Assert.True((await Authenticate(_keys.Main, "main")).Succeeded);
        _server.ServeKeys(_keys.RolledJwks());
        _time.Advance(TimeSpan.FromMinutes(6));

        var result = await Authenticate(_keys.Rolled, "rolled");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _server.KeyRequests);
    }

    [Fact]
    public async Task GetKeyAsync_UnknownKidAgainWithinInterval_IsRateLimited()
    {
        await _cache.GetKeyAsync("main", CancellationToken.None);
        Assert.Null(await _cache.GetKeyAsync("unknown-1", CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(4));

        var key = await _cache.GetKeyAsync("unknown-2", CancellationToken.None);

        Assert.Null(key);
        Assert.Equal(1, _server.KeyRequests);
    }

    [Fact]
    public async Task GetKeyAsync_UnknownKidAfterInterval_RefreshesOnce()
    {
        await _cache.GetKeyAsync("main", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        await _cache.GetKeyAsync("unknown", CancellationToken.None);
        await _cache.GetKeyAsync("unknown", CancellationToken.None);

        Assert.Equal(2, _server.KeyRequests);
    }

    [Fact]
    public async Task GetKeyAsync_PeriodicRefreshFails_KeepsLastGoodKeys()
    {
        await _cache.GetKeyAsync("main", CancellationToken.None);
        _server.Failing = true;
        _time.Advance(TimeSpan.FromHours(13));

        var key = await _cache.GetKeyAsync("main", CancellationToken.None);

        Assert.NotNull(key);
        Assert.Equal(2, _server.MetadataRequests);
        Assert.Contains(_logger.Entries, entry => entry.Message.Contains("refresh failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetKeyAsync_AfterFailedRefresh_WaitsBeforeTryingAgain()
    {
        await _cache.GetKeyAsync("main", CancellationToken.None);
        _server.Failing = true;
        _time.Advance(TimeSpan.FromHours(13));
        await _cache.GetKeyAsync("main", CancellationToken.None);

        await _cache.GetKeyAsync("main", CancellationToken.None);
        await _cache.GetKeyAsync("other", CancellationToken.None);
        _server.Failing = false;
        _time.Advance(TimeSpan.FromSeconds(31));
        await _cache.GetKeyAsync("main", CancellationToken.None);

        Assert.Equal(3, _server.MetadataRequests);
        Assert.Equal(2, _server.KeyRequests);
    }

    [Fact]
    public async Task GetKeyAsync_KeysOlderThanRefreshInterval_AreRefreshed()
    {
        await _cache.GetKeyAsync("main", CancellationToken.None);
        _server.ServeKeys(_keys.RolledJwks());
        _time.Advance(TimeSpan.FromHours(12));

        var key = await _cache.GetKeyAsync("main", CancellationToken.None);

        Assert.Null(key);
        Assert.Equal(2, _server.KeyRequests);
    }

    private ValueTask<AuthenticationResult> Authenticate(System.Security.Cryptography.RSA key, string kid)
    {
        var token = TestTokens.Create(key, TestTokens.Header(kid), TestTokens.Payload(_time.GetUtcNow()));
        return _authenticator.AuthenticateAsync("Bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);
    }
}
