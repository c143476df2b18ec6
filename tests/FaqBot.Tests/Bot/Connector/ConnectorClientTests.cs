using FaqBot.Bot.Authentication;
using FaqBot.Bot.Connector;
using FaqBot.Bot.Schema;
using FaqBot.Tests.Bot.Authentication;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Bot.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ThreadConversationId = "19:abc@thread.tacv2;messageid=1712345678901";
    private const string Markdown = "**Sessions** last about 40 minutes.\n\n- one\n- two\n\n> quoted";

    private readonly ManualClock _tokenTime = new();
    private readonly ListLogger<ConnectorClient> _logger = new();
    private MockConnectorServer _server = null!;
    private AppCredentials _credentials = null!;
    private ConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await MockConnectorServer.StartAsync();
        _credentials = new AppCredentials(
            new HttpClient(),
            new BotFrameworkAuthenticationOptions
            {
                MicrosoftAppId = TestTokens.AppId,
                MicrosoftAppPassword = "s3cret",
                MicrosoftAppTenantId = "clinic-tenant",
                OAuthAuthority = _server.BaseUrl,
            },
            _tokenTime,
            new ListLogger<AppCredentials>());
        _client = CreateClient(new ConnectorClientOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            AttemptTimeout = TimeSpan.FromSeconds(2),
            TotalTimeout = TimeSpan.FromSeconds(8),
        });
    }

    public async Task DisposeAsync()
    {
        _credentials.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ReplyToActivityAsync_ChannelThread_PostsToEscapedThreadUrl()
    {
        var response = await _client.ReplyToActivityAsync(_server.ServiceUrl, ThreadConversationId, "1712345678901", Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        var call = Assert.Single(_server.Calls);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712345678901/activities/1712345678901", call.RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_Markdown_PostsActivityBodyWithBearerToken()
    {
        var response = await _client.SendToConversationAsync(_server.ServiceUrl, "a:1personal", Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        var call = Assert.Single(_server.Calls);
        Assert.Equal("/emea/v3/conversations/a%3A1personal/activities", call.RawTarget);
        Assert.Equal("Bearer access-1", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        var json = call.Json;
        Assert.Equal("message", json["type"]?.GetValue<string>());
        Assert.Equal(Markdown, json["text"]?.GetValue<string>());
        Assert.Equal("markdown", json["textFormat"]?.GetValue<string>());
        Assert.Equal("1712345678901", json["replyToId"]?.GetValue<string>());
        Assert.False(json.ContainsKey("id"));
        Assert.False(json.ContainsKey("attachments"));
    }

    [Fact]
    public async Task SendToConversationAsync_ManySendsBeforeExpiry_ReuseOneToken()
    {
        await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);
        _tokenTime.Advance(TimeSpan.FromMinutes(30));
        await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);
        _tokenTime.Advance(TimeSpan.FromMinutes(26));

        await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Equal(["Bearer access-1", "Bearer access-1", "Bearer access-2"], _server.Calls.Select(c => c.Authorization));
        Assert.Equal(2, _server.TokenRequests);
    }

    [Fact]
    public async Task SendToConversationAsync_Unauthorized_RefreshesTokenOnceAndResends()
    {
        _server.Enqueue(401);

        var response = await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.NotNull(response);
        Assert.Equal(["Bearer access-1", "Bearer access-2"], _server.Calls.Select(c => c.Authorization));
    }

    [Fact]
    public async Task SendToConversationAsync_TooManyRequestsWithRetryAfter_WaitsThatLongAndRetries()
    {
        _server.Enqueue(429, "1");

        var response = await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        Assert.Equal(2, _server.Calls.Count);
        Assert.Contains(_logger.Entries, e => e.Message.Contains("HTTP 429; retry 1 in 1000 ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterHttpDate_Retries()
    {
        _server.Enqueue(429, DateTimeOffset.UtcNow.AddSeconds(1).ToString("R"));

        var response = await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.NotNull(response);
        Assert.Equal(2, _server.Calls.Count);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task SendToConversationAsync_TransientStatus_RetriesAndSucceeds(int status)
    {
        _server.Enqueue(status);

        var response = await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        Assert.Equal(2, _server.Calls.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_StillFailingAfterBudget_GivesUpWithLogLine()
    {
        for (var i = 0; i < 4; i++)
        {
            _server.Enqueue(503);
        }

        var response = await _client.ReplyToActivityAsync(_server.ServiceUrl, "a:1", "msg-7", Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Equal(4, _server.Calls.Count);
        var line = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("gave up with HTTP 503", line.Message, StringComparison.Ordinal);
        Assert.Contains("a:1", line.Message, StringComparison.Ordinal);
        Assert.Contains("msg-7", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sessions", line.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task SendToConversationAsync_PermanentError_DoesNotRetry(int status)
    {
        _server.Enqueue(status);

        var response = await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Single(_server.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterBeyondBudget_GivesUpAtOnce()
    {
        _server.Enqueue(429, "120");

        var response = await _client.SendToConversationAsync(_server.ServiceUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Single(_server.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectorUnreachable_ReturnsNullAndLogs()
    {
        var deadUrl = "http://127.0.0.1:9/emea/";

        var response = await _client.SendToConversationAsync(deadUrl, "a:1", Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("gave up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToConversationAsync_SlowConnector_DoesNotDelayOtherConversations()
    {
        await using var slow = await MockConnectorServer.StartAsync();
        slow.Delay = TimeSpan.FromSeconds(20);
        var client = CreateClient(new ConnectorClientOptions { MaxRetries = 0, AttemptTimeout = TimeSpan.FromSeconds(3), TotalTimeout = TimeSpan.FromSeconds(3) });
        var slowSend = client.SendToConversationAsync(slow.ServiceUrl, "a:slow", Reply(), CancellationToken.None);

        var fast = await client.SendToConversationAsync(_server.ServiceUrl, "a:fast", Reply(), CancellationToken.None);

        Assert.Equal("reply-1", fast?.Id);
        Assert.False(slowSend.IsCompleted);
        Assert.Null(await slowSend);
    }

    [Fact]
    public void BuildUrl_ServiceUrlWithoutTrailingSlash_AddsIt()
    {
        var url = ConnectorClient.BuildUrl("https://smba.trafficmanager.net/teams", "a:1", null);

        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities", url.AbsoluteUri);
    }

    private ConnectorClient CreateClient(ConnectorClientOptions options) =>
        new(new HttpClient(), _credentials, options, TimeProvider.System, _logger);

    private static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Text = Markdown,
        TextFormat = "markdown",
        ReplyToId = "1712345678901",
    };
}
