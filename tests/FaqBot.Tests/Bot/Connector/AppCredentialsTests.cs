using FaqBot.Bot.Authentication;
using FaqBot.Bot.Connector;
using FaqBot.Tests.Bot.Authentication;

namespace FaqBot.Tests.Bot.Connector;

public sealed class AppCredentialsTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new();
    private MockConnectorServer _server = null!;

    public async Task InitializeAsync() => _server = await MockConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetTokenAsync_SingleTenant_RequestsClientCredentialsFromTenantAuthority()
    {
        using var credentials = Create(BotAppTypes.SingleTenant);

        var token = await credentials.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("access-1", token);
        Assert.Equal("/clinic-tenant/oauth2/v2.0/token", Assert.Single(_server.TokenRequestPaths));
        var body = Assert.Single(_server.TokenRequestBodies);
        Assert.Contains("grant_type=client_credentials", body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + TestTokens.AppId, body, StringComparison.Ordinal);
        Assert.Contains("client_secret=s3cret", body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenant_UsesBotFrameworkTenant()
    {
        using var credentials = Create(BotAppTypes.MultiTenant);

        await credentials.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(_server.TokenRequestPaths));
    }

    [Fact]
    public async Task GetTokenAsync_BeforeRefreshMargin_ReusesToken()
    {
        using var credentials = Create(BotAppTypes.SingleTenant);
        await credentials.GetTokenAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));

        var token = await credentials.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("access-1", token);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_WithinFiveMinutesOfExpiry_Refreshes()
    {
        using var credentials = Create(BotAppTypes.SingleTenant);
        await credentials.GetTokenAsync(null, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(55) + TimeSpan.FromSeconds(1));

        var token = await credentials.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("access-2", token);
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_RejectedToken_ForcesOneRefresh()
    {
        using var credentials = Create(BotAppTypes.SingleTenant);
        var first = await credentials.GetTokenAsync(null, CancellationToken.None);

        var second = await credentials.GetTokenAsync(first, CancellationToken.None);
        var third = await credentials.GetTokenAsync(first, CancellationToken.None);

        Assert.Equal("access-2", second);
        Assert.Equal("access-2", third);
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_RequestOnce()
    {
        using var credentials = Create(BotAppTypes.SingleTenant);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => credentials.GetTokenAsync(null, CancellationToken.None).AsTask()));

        Assert.All(tokens, token => Assert.Equal("access-1", token));
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_AuthenticationDisabled_ReturnsNullWithoutRequest()
    {
        using var credentials = Create(BotAppTypes.SingleTenant, appId: null);

        var token = await credentials.GetTokenAsync(null, CancellationToken.None);

        Assert.Null(token);
        Assert.Equal(0, _server.TokenRequests);
    }

    private AppCredentials Create(string appType, string? appId = TestTokens.AppId) => new(
        new HttpClient(),
        new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = "s3cret",
            MicrosoftAppTenantId = "clinic-tenant",
            MicrosoftAppType = appType,
            OAuthAuthority = _server.BaseUrl,
        },
        _time,
        new ListLogger<AppCredentials>());
}
