using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.Channels.BotFramework.Connector;
using FaqBot.Tests.Bot.Teams;
using FaqBot.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.BotFramework;

public sealed class BotFrameworkEndpointsTests : IAsyncLifetime
{
    private readonly TestKeys _keys = TestKeys.Shared;
    private readonly TestClock _time = new();
    private readonly EchoBot _bot = new();
    private readonly ListLoggerProvider _logs = new();
    private readonly HttpClient _http = new();
    private OpenIdTestServer _openId = null!;
    private MockConnectorServer _connector = null!;
    private WebApplication _app = null!;
    private string _baseUrl = string.Empty;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdTestServer.StartAsync(_keys.InitialJwks());
        _connector = await MockConnectorServer.StartAsync();
        (_app, _baseUrl) = await BotFrameworkTestHost.StartAsync(BotFrameworkTestHost.Settings(_openId, _connector), _bot, _time, _logs);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task PostMessages_ValidToken_Returns200AndRepliesThroughConnector()
    {
        var response = await Post(Activity("channel-message"), TokenCases.Valid(_keys, _time.GetUtcNow(), _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Turns);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("Bearer access-1", call.Authorization);
        Assert.Equal("You said: **how long is a session?**", call.Json["text"]!.GetValue<string>());
        Assert.Equal("/clinic-tenant/oauth2/v2.0/token", Assert.Single(_connector.TokenRequestPaths));
    }

    [Theory]
    [MemberData(nameof(TokenCases.RejectedData), MemberType = typeof(TokenCases))]
    public async Task PostMessages_BadToken_Returns401WithoutCallingBotOrConnector(string caseName, string expectedReason)
    {
        var header = TokenCases.Authorization(caseName, _keys, _time.GetUtcNow(), _connector.ServiceUrl);

        var response = await Post(Activity("channel-message"), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Turns);
        Assert.Empty(_connector.Calls);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(expectedReason, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Entries, e => e.Message.Contains("eyJ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessages_ActivityServiceUrlNotInToken_Returns401()
    {
        var header = TokenCases.Valid(_keys, _time.GetUtcNow(), _connector.ServiceUrl);
        var activity = Activity("channel-message");
        activity["serviceUrl"] = "http://127.0.0.1:9/evil/";
        using var outbound = new OutboundHttpRecorder();

        var response = await Post(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Turns);
        Assert.Empty(_connector.Calls);
        Assert.False(outbound.Reached("127.0.0.1", 9), string.Join(", ", outbound.Requests));
    }

    [Fact]
    public async Task PostMessages_KeyRolledOver_AcceptsNewKeyWithoutRestart()
    {
        Assert.Equal(HttpStatusCode.OK, (await Post(Activity("personal-message"), TokenCases.Valid(_keys, _time.GetUtcNow(), _connector.ServiceUrl))).StatusCode);
        _openId.ServeKeys(_keys.RolledJwks());
        _time.Advance(TimeSpan.FromMinutes(6));
        var rolled = TestTokens.Create(_keys.Rolled, TestTokens.Header("rolled"), TestTokens.Payload(_time.GetUtcNow(), _connector.ServiceUrl));

        var response = await Post(Activity("personal-message"), "Bearer " + rolled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _bot.Turns.Count);
    }

    [Fact]
    public async Task GetMessages_AnyToken_Returns405()
    {
        var response = await _http.GetAsync(_baseUrl + "/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(_bot.Turns);
    }

    [Fact]
    public async Task PostMessages_BodyWithoutType_Returns400()
    {
        var activity = Activity("personal-message");
        activity.Remove("type");

        var response = await Post(activity, TokenCases.Valid(_keys, _time.GetUtcNow(), _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Turns);
    }

    [Fact]
    public async Task PostMessages_InstallationUpdate_Returns200()
    {
        var response = await Post(Activity("installation-add"), TokenCases.Valid(_keys, _time.GetUtcNow(), _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("installationUpdate", Assert.Single(_bot.Turns).Type);
    }

    [Fact]
    public async Task PostMessages_ConnectorKeepsFailing_StillAnswers200AndLogsGiveUp()
    {
        for (var i = 0; i < 4; i++)
        {
            _connector.Enqueue(503);
        }

        var posting = Post(Activity("personal-message"), TokenCases.Valid(_keys, _time.GetUtcNow(), _connector.ServiceUrl));
        for (var retry = 1; retry <= 3; retry++)
        {
            // The back-off starts at 20 ms (BotFrameworkTestHost), so its delays are the server's only sub-second waits.
            _time.Advance(await _time.TimerArmedAsync(due => due > TimeSpan.Zero && due < TimeSpan.FromSeconds(1), retry));
        }

        var response = await posting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, _connector.Calls.Count);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("gave up with HTTP 503", StringComparison.Ordinal));
    }

    private JsonObject Activity(string fixture)
    {
        var json = JsonNode.Parse(TeamsFixtures.Json(fixture))!.AsObject();
        json["serviceUrl"] = _connector.ServiceUrl;
        return json;
    }

    private async Task<HttpResponseMessage> Post(JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _baseUrl + "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _http.SendAsync(request);
    }
}
