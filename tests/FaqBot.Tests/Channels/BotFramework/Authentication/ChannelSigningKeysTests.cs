using System.Security.Cryptography;
using FaqBot.Channels.BotFramework.Authentication;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// How the channel's keys are fetched, cached and refreshed (IdentityModel's configuration manager), seen through
/// the authenticator against a local OpenID server. The unknown-kid interval is 2 seconds here (at least 5 minutes
/// in production) so that the tests can wait it out; the test of requests within the interval uses a long one, so that
/// a slow machine cannot stretch two requests past it. IdentityModel's configuration manager takes no clock.
public sealed class ChannelSigningKeysTests : IAsyncLifetime
{
    private static readonly TimeSpan UnknownKeyInterval = TimeSpan.FromSeconds(2);

    private readonly TestKeys _keys = TestKeys.Shared;
    private readonly ListLogger<ChannelSigningKeys> _logger = new();
    private OpenIdTestServer _server = null!;
    private BotFrameworkAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenIdTestServer.StartAsync(_keys.InitialJwks());
        _authenticator = Create(_server.MetadataUrl, requireHttps: false);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Authenticate_WarmKeys_FetchesOnce()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.True((await Authenticate(_keys.Main, "main")).Succeeded);
        }

        Assert.Equal(1, _server.MetadataRequests);
        Assert.Equal(1, _server.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_ConcurrentColdStart_FetchesOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Authenticate(_keys.Main, "main").AsTask()));

        Assert.All(results, result => Assert.True(result.Succeeded, result.FailureReason));
        Assert.Equal(1, _server.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_KeyRolledOver_FirstRequestWithNewKeySucceedsWithoutRestart()
    {
        Assert.True((await Authenticate(_keys.Main, "main")).Succeeded);
        _server.ServeKeys(_keys.RolledJwks());

        var result = await Authenticate(_keys.Rolled, "rolled");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(2, _server.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_UnknownKidAgainWithinInterval_IsRateLimited()
    {
        _authenticator = Create(_server.MetadataUrl, requireHttps: false, TimeSpan.FromMinutes(5));
        await Authenticate(_keys.Main, "main");
        Assert.Equal("signing key unknown", (await Authenticate(_keys.Stranger, "unknown-1")).FailureReason);

        var result = await Authenticate(_keys.Stranger, "unknown-2");

        Assert.Equal("signing key unknown", result.FailureReason);
        Assert.Equal(2, _server.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_UnknownKidAfterInterval_RefreshesOnce()
    {
        await Authenticate(_keys.Main, "main");
        await Authenticate(_keys.Stranger, "unknown-1");
        await Task.Delay(UnknownKeyInterval + TimeSpan.FromMilliseconds(200));

        await Authenticate(_keys.Stranger, "unknown-2");
        await Authenticate(_keys.Stranger, "unknown-3");

        Assert.Equal(3, _server.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_RefreshFails_KeepsLastGoodKeysAndLogs()
    {
        await Authenticate(_keys.Main, "main");
        await Authenticate(_keys.Stranger, "unknown-1");
        _server.Failing = true;
        await Task.Delay(UnknownKeyInterval + TimeSpan.FromMilliseconds(200));
        var metadataBefore = _server.MetadataRequests;

        Assert.False((await Authenticate(_keys.Stranger, "unknown-2")).Succeeded);
        var result = await Authenticate(_keys.Main, "main");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(metadataBefore + 1, _server.MetadataRequests);
        Assert.Contains(_logger.Entries, entry => entry.Message.Contains("refresh failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Authenticate_MetadataUnreachableOnColdStart_FailsAndLogsTheRefreshFailure()
    {
        _server.Failing = true;

        var result = await Authenticate(_keys.Main, "main");

        Assert.False(result.Succeeded);
        Assert.Contains(_logger.Entries, entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && entry.Message.Contains("refresh failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Authenticate_HttpsRequiredAndMetadataIsPlainHttp_FetchesNothingAndFails()
    {
        var authenticator = Create(_server.MetadataUrl, requireHttps: true);
        var token = TestTokens.Create(_keys.Main, TestTokens.Header("main"), TestTokens.Payload(DateTimeOffset.UtcNow));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(0, _server.MetadataRequests);
    }

    [Fact]
    public async Task Authenticate_HttpsRequiredMetadataOverHttpsNamingPlainHttpKeySet_FetchesNoKeysAndFails()
    {
        await using var server = await OpenIdTestServer.StartAsync(https: true, _keys.InitialJwks());
        server.JwksUri = server.BaseUrl + "/v1/.well-known/keys";
        using var trusting = LoopbackCertificate.CreateHttpClient();
        var authenticator = Create(server.HttpsMetadataUrl, requireHttps: true, http: trusting);
        var token = TestTokens.Create(_keys.Main, TestTokens.Header("main"), TestTokens.Payload(DateTimeOffset.UtcNow));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(server.MetadataRequests >= 1, "the metadata over HTTPS is fetched; only its plain-HTTP key set is refused");
        Assert.Equal(0, server.KeyRequests);
    }

    [Fact]
    public async Task Authenticate_HttpsRequiredMetadataAndKeySetOverHttps_Succeeds()
    {
        await using var server = await OpenIdTestServer.StartAsync(https: true, _keys.InitialJwks());
        using var trusting = LoopbackCertificate.CreateHttpClient();
        var authenticator = Create(server.HttpsMetadataUrl, requireHttps: true, http: trusting);
        var token = TestTokens.Create(_keys.Main, TestTokens.Header("main"), TestTokens.Payload(DateTimeOffset.UtcNow));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(1, server.KeyRequests);
    }

    [Fact]
    public void Options_RefreshIntervals_ReachTheConfigurationManager()
    {
        var keys = new ChannelSigningKeys(new HttpClient(), Options(_server.MetadataUrl, requireHttps: false), _logger);

        Assert.Equal(TimeSpan.FromHours(12), keys.Configuration.AutomaticRefreshInterval);
        Assert.Equal(UnknownKeyInterval, keys.Configuration.RefreshInterval);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", "00:00:00", true, "https")]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", "00:04:59", true, "KeyRefreshInterval")]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", "1.00:00:01", true, "KeyRefreshInterval")]
    [InlineData("http://127.0.0.1:5000/metadata", "00:00:00", false, null)]
    public void Validate_MetadataSchemeAndRefreshInterval_NameTheKey(string url, string interval, bool requireHttps, string? expected)
    {
        var options = Options(url, requireHttps);
        if (interval != "00:00:00")
        {
            options.KeyRefreshInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = options.Validate();

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }
    }

    private static BotFrameworkAuthenticationOptions Options(string metadataUrl, bool requireHttps, TimeSpan? unknownKeyInterval = null) => new()
    {
        MicrosoftAppId = TestTokens.AppId,
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = "tenant",
        OpenIdMetadataUrl = metadataUrl,
        RequireHttpsMetadata = requireHttps,
        UnknownKeyRefreshInterval = unknownKeyInterval ?? UnknownKeyInterval,
    };

    private BotFrameworkAuthenticator Create(string metadataUrl, bool requireHttps, TimeSpan? unknownKeyInterval = null, HttpClient? http = null)
    {
        var options = Options(metadataUrl, requireHttps, unknownKeyInterval);
        return new BotFrameworkAuthenticator(options, new ChannelSigningKeys(http ?? new HttpClient(), options, _logger), TimeProvider.System);
    }

    private ValueTask<AuthenticationResult> Authenticate(RSA key, string kid)
    {
        var token = TestTokens.Create(key, TestTokens.Header(kid), TestTokens.Payload(DateTimeOffset.UtcNow));
        return _authenticator.AuthenticateAsync("Bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);
    }
}
