using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Bot.Authentication;
using FaqBot.Bot.Connector;
using FaqBot.Tests.Bot.Authentication;

namespace FaqBot.Tests.Bot.Connector;

public sealed class AppCredentialsTests : IAsyncLifetime
{
    private readonly ManualClock _time = new();
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

    [Fact]
    public async Task GetTokenAsync_Certificate_SendsSignedClientAssertionInsteadOfSecret()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=faqbot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var credentials = Create(BotAppTypes.SingleTenant, password: null, certificate: certificate);

        await credentials.GetTokenAsync(null, CancellationToken.None);

        var form = Assert.Single(_server.TokenRequestBodies).Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.False(form.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        var parts = form["client_assertion"].Split('.');
        var signed = rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.True(signed);
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!;
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!;
        Assert.Equal(Base64Url.EncodeToString(certificate.GetCertHash(HashAlgorithmName.SHA1)), header["x5t"]!.GetValue<string>());
        Assert.Equal(credentials.TokenEndpoint.AbsoluteUri, payload["aud"]!.GetValue<string>());
        Assert.Equal(TestTokens.AppId, payload["iss"]!.GetValue<string>());
        Assert.Equal(TestTokens.AppId, payload["sub"]!.GetValue<string>());
    }

    private AppCredentials Create(string appType, string? appId = TestTokens.AppId, string? password = "s3cret", X509Certificate2? certificate = null) => new(
        new HttpClient(),
        new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            ClientCertificate = certificate,
            MicrosoftAppTenantId = "clinic-tenant",
            MicrosoftAppType = appType,
            OAuthAuthority = _server.BaseUrl,
        },
        _time,
        new ListLogger<AppCredentials>());
}
