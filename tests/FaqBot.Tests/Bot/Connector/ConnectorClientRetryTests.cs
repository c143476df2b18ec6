using FaqBot.Bot.Connector;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Bot.Connector;

public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    private ConnectorTestContext _c = null!;

    public async Task InitializeAsync() => _c = await ConnectorTestContext.StartAsync();

    public async Task DisposeAsync() => await _c.DisposeAsync();

    [Fact]
    public async Task SendToConversationAsync_TooManyRequestsWithRetryAfter_WaitsThatLongAndRetries()
    {
        _c.Server.Enqueue(429, "1");

        var response = await _c.Client.SendToConversationAsync(_c.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        Assert.Equal(2, _c.Server.Calls.Count);
        Assert.Contains(_c.Logger.Entries, e => e.Message.Contains("HTTP 429; retry 1 in 1000 ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterHttpDate_Retries()
    {
        _c.Server.Enqueue(429, DateTimeOffset.UtcNow.AddSeconds(1).ToString("R"));

        var response = await _c.Client.SendToConversationAsync(_c.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.NotNull(response);
        Assert.Equal(2, _c.Server.Calls.Count);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task SendToConversationAsync_TransientStatus_RetriesAndSucceeds(int status)
    {
        _c.Server.Enqueue(status);

        var response = await _c.Client.SendToConversationAsync(_c.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        Assert.Equal(2, _c.Server.Calls.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_StillFailingAfterBudget_GivesUpWithLogLine()
    {
        for (var i = 0; i < 4; i++)
        {
            _c.Server.Enqueue(503);
        }

        var response = await _c.Client.ReplyToActivityAsync(_c.Server.ServiceUrl, "a:1", "msg-7", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Equal(4, _c.Server.Calls.Count);
        var line = Assert.Single(_c.Logger.Entries, e => e.Level == LogLevel.Error);
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
        _c.Server.Enqueue(status);

        var response = await _c.Client.SendToConversationAsync(_c.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Single(_c.Server.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterBeyondBudget_GivesUpAtOnce()
    {
        _c.Server.Enqueue(429, "120");

        var response = await _c.Client.SendToConversationAsync(_c.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Single(_c.Server.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectorUnreachable_ReturnsNullAndLogs()
    {
        var deadUrl = "http://127.0.0.1:9/emea/";

        var response = await _c.Client.SendToConversationAsync(deadUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Contains(_c.Logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("gave up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToConversationAsync_SlowConnector_DoesNotDelayOtherConversations()
    {
        await using var slow = await MockConnectorServer.StartAsync();
        slow.Delay = TimeSpan.FromSeconds(20);
        var client = _c.CreateClient(new ConnectorClientOptions { MaxRetries = 0, AttemptTimeout = TimeSpan.FromSeconds(3), TotalTimeout = TimeSpan.FromSeconds(3) });
        var slowSend = client.SendToConversationAsync(slow.ServiceUrl, "a:slow", ConnectorTestContext.Reply(), CancellationToken.None);

        var fast = await client.SendToConversationAsync(_c.Server.ServiceUrl, "a:fast", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal("reply-1", fast?.Id);
        Assert.False(slowSend.IsCompleted);
        Assert.Null(await slowSend);
    }
}
