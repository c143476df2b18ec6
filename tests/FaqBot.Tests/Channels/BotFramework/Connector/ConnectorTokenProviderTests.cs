using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// The bot's outbound token through MSAL, against a local HTTPS token endpoint.
public sealed class ConnectorTokenProviderTests : IAsyncLifetime
{
    private MockConnectorServer _server = null!;

    public async Task InitializeAsync() => _server = await MockConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetTokenAsync_SingleTenant_RequestsClientCredentialsFromTenantAuthority()
    {
        using var tokens = Create(BotAppTypes.SingleTenant);

        var token = await tokens.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("access-1", token);
        Assert.Equal("/clinic-tenant/oauth2/v2.0/token", Assert.Single(_server.TokenRequestPaths));
        var form = Form(Assert.Single(_server.TokenRequestBodies));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestTokens.AppId, form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenant_UsesBotFrameworkTenant()
    {
        using var tokens = Create(BotAppTypes.MultiTenant);

        await tokens.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(_server.TokenRequestPaths));
    }

    [Fact]
    public async Task GetTokenAsync_LongLivedToken_ReusedFromCache()
    {
        using var tokens = Create(BotAppTypes.SingleTenant);
        await tokens.GetTokenAsync(null, CancellationToken.None);

        var token = await tokens.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("access-1", token);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_TokenExpiringWithinFiveMinutes_IsRenewed()
    {
        // MSAL renews a cached token 5 minutes before it expires: one that lives 4 minutes is renewed at once.
        _server.TokenLifetimeSeconds = 240;
        using var tokens = Create(BotAppTypes.SingleTenant);
        await tokens.GetTokenAsync(null, CancellationToken.None);

        var token = await tokens.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("access-2", token);
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_RejectedToken_ForcesOneRefresh()
    {
        using var tokens = Create(BotAppTypes.SingleTenant);
        var first = await tokens.GetTokenAsync(null, CancellationToken.None);

        var second = await tokens.GetTokenAsync(first, CancellationToken.None);
        var third = await tokens.GetTokenAsync(first, CancellationToken.None);

        Assert.Equal("access-2", second);
        Assert.Equal("access-2", third);
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_RequestOnce()
    {
        using var tokens = Create(BotAppTypes.SingleTenant);

        var all = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => tokens.GetTokenAsync(null, CancellationToken.None).AsTask()));

        Assert.All(all, token => Assert.Equal("access-1", token));
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_AuthenticationDisabled_ReturnsNullWithoutRequest()
    {
        using var tokens = Create(BotAppTypes.SingleTenant, appId: null);

        var token = await tokens.GetTokenAsync(null, CancellationToken.None);

        Assert.Null(token);
        Assert.Equal(0, _server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_WrongSecret_ThrowsHttpRequestExceptionWithStatusAndLogs()
    {
        _server.TokenFailureStatus = 401;
        var logger = new ListLogger<ConnectorTokenProvider>();
        using var tokens = Create(BotAppTypes.SingleTenant, logger: logger);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => tokens.GetTokenAsync(null, CancellationToken.None).AsTask());

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        var entry = Assert.Single(logger.Entries);
        Assert.Contains("Bot token request failed with HTTP 401", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_Certificate_SendsClientAssertionSignedByTheCertificateInsteadOfSecret()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=faqbot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var tokens = Create(BotAppTypes.SingleTenant, password: null, certificate: certificate);

        await tokens.GetTokenAsync(null, CancellationToken.None);

        var form = Form(Assert.Single(_server.TokenRequestBodies));
        Assert.False(form.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(certificate),
            ValidAudience = _server.AuthorityUrl + "/clinic-tenant/oauth2/v2.0/token",
            ValidIssuer = TestTokens.AppId,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(TestTokens.AppId, validation.Claims["sub"]);
    }

    private static Dictionary<string, string> Form(string body) =>
        body.Split('&').Select(pair => pair.Split('=')).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

    private ConnectorTokenProvider Create(string appType, string? appId = TestTokens.AppId, string? password = "s3cret",
        X509Certificate2? certificate = null, ListLogger<ConnectorTokenProvider>? logger = null) => new(
        new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            ClientCertificate = certificate,
            MicrosoftAppTenantId = "clinic-tenant",
            MicrosoftAppType = appType,
            OAuthAuthority = _server.AuthorityUrl,
        },
        LoopbackCertificate.MsalHttpClientFactory(),
        logger ?? new ListLogger<ConnectorTokenProvider>());
}
