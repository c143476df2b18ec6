using FaqBot.Channels.BotFramework.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

public sealed class BotFrameworkAuthenticatorTests(AuthenticationFixture fixture) : IClassFixture<AuthenticationFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_SucceedsWithClaims()
    {
        var authenticator = CreateAuthenticator();
        var header = TokenCases.Valid(fixture.Keys, _time.GetUtcNow());

        var result = await authenticator.AuthenticateAsync(header, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(result.Identity.IsAuthenticated);
        Assert.Equal(TestTokens.ServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(TestTokens.AppId, result.Identity.FindFirst("aud")?.Value);
    }

    [Theory]
    [MemberData(nameof(TokenCases.RejectedData), MemberType = typeof(TokenCases))]
    public async Task AuthenticateAsync_BadToken_FailsWithItsReason(string caseName, string expectedReason)
    {
        var authenticator = CreateAuthenticator();
        var header = TokenCases.Authorization(caseName, fixture.Keys, _time.GetUtcNow());

        var result = await authenticator.AuthenticateAsync(header, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(expectedReason, result.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task AuthenticateAsync_OtherAllowedRsaAlgorithm_Succeeds(string alg)
    {
        var authenticator = CreateAuthenticator();
        var token = TestTokens.Create(fixture.Keys.Main, TestTokens.Header("main", alg), TestTokens.Payload(_time.GetUtcNow()));

        var result = await authenticator.AuthenticateAsync("bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Succeeds()
    {
        var authenticator = CreateAuthenticator();
        var payload = TestTokens.Payload(_time.GetUtcNow());
        payload["exp"] = _time.GetUtcNow().AddMinutes(-4).ToUnixTimeSeconds();
        payload["nbf"] = _time.GetUtcNow().AddMinutes(4).ToUnixTimeSeconds();
        var token = TestTokens.Create(fixture.Keys.Main, TestTokens.Header("main"), payload);

        var result = await authenticator.AuthenticateAsync("Bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var authenticator = CreateAuthenticator();
        var header = TokenCases.Valid(fixture.Keys, _time.GetUtcNow(), "HTTPS://SMBA.trafficmanager.net/emea/");

        var result = await authenticator.AuthenticateAsync(header, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelNotEndorsed_Fails()
    {
        var authenticator = CreateAuthenticator();
        var header = TokenCases.Valid(fixture.Keys, _time.GetUtcNow());
        var activity = AuthenticationFixture.TeamsActivity() with { ChannelId = "slack" };

        var result = await authenticator.AuthenticateAsync(header, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("endorsed", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/")]
    [InlineData("http://localhost:3979/")]
    [InlineData("https://[::1]:8443/connector/")]
    public async Task AuthenticateAsync_AuthDisabledWithoutHeaderLoopbackServiceUrl_SucceedsAnonymously(string serviceUrl)
    {
        var authenticator = CreateAuthenticator(appId: null);
        var activity = AuthenticationFixture.TeamsActivity() with { ServiceUrl = serviceUrl };

        var result = await authenticator.AuthenticateAsync(null, activity, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(result.Identity.IsAuthenticated);
        Assert.True(authenticator.IsAuthenticationDisabled);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("http://169.254.169.254/metadata/")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task AuthenticateAsync_AuthDisabledWithoutHeaderRemoteServiceUrl_Fails(string serviceUrl)
    {
        var authenticator = CreateAuthenticator(appId: null);
        var activity = AuthenticationFixture.TeamsActivity() with { ServiceUrl = serviceUrl };

        var result = await authenticator.AuthenticateAsync(null, activity, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("loopback", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ES256")]
    [InlineData("PS256")]
    [InlineData("HS512")]
    [InlineData("none")]
    public async Task AuthenticateAsync_AlgorithmOutsideRs256To512_FailsBeforeAnyKeyIsFetched(string alg)
    {
        var authenticator = CreateAuthenticator();
        var requestsBefore = fixture.Server.KeyRequests;
        var token = TestTokens.Create(fixture.Keys.Main, TestTokens.Header("main", alg), TestTokens.Payload(_time.GetUtcNow()));

        var result = await authenticator.AuthenticateAsync("Bearer " + token, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("algorithm", result.FailureReason, StringComparison.Ordinal);
        Assert.Equal(requestsBefore, fixture.Server.KeyRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_AuthDisabledWithHeader_StillValidatesAndFails()
    {
        var authenticator = CreateAuthenticator(appId: null);
        var header = TokenCases.Authorization("tamperedSignature", fixture.Keys, _time.GetUtcNow());

        var result = await authenticator.AuthenticateAsync(header, AuthenticationFixture.TeamsActivity(), CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    private BotFrameworkAuthenticator CreateAuthenticator(string? appId = TestTokens.AppId)
    {
        var options = fixture.Options(appId);
        return new BotFrameworkAuthenticator(options, new ChannelSigningKeys(new HttpClient(), options, new ListLogger<ChannelSigningKeys>()), _time);
    }
}
