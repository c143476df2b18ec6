using FaqBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    private ConnectorTestContext _context = null!;

    public async Task InitializeAsync() => _context = await ConnectorTestContext.StartAsync();

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task SendToConversationAsync_TooManyRequestsWithRetryAfter_WaitsThatLongAndRetries()
    {
        _context.Server.Enqueue(429, "1");

        var sending = _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        await _context.Clock.TimerArmedAsync(TimeSpan.FromSeconds(1));
        var callsDuringTheWait = _context.Server.Calls.Count;
        _context.Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await sending;

        Assert.Equal(1, callsDuringTheWait);
        Assert.Equal("reply-1", response?.Id);
        Assert.Equal(2, _context.Server.Calls.Count);
        Assert.Contains(_context.Logger.Entries, e => e.Message.Contains("HTTP 429; retry 1 in 1000 ms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterHttpDate_Retries()
    {
        _context.Server.Enqueue(429, _context.Clock.GetUtcNow().AddSeconds(1).ToString("R"));

        var sending = _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        await _context.Clock.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(1));
        var response = await sending;

        Assert.NotNull(response);
        Assert.Equal(2, _context.Server.Calls.Count);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task SendToConversationAsync_TransientStatus_RetriesAndSucceeds(int status)
    {
        _context.Server.Enqueue(status);

        var sending = _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        await _context.SkipRetryDelaysAsync(sending);
        var response = await sending;

        Assert.Equal("reply-1", response?.Id);
        Assert.Equal(2, _context.Server.Calls.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_StillFailingAfterBudget_GivesUpWithLogLine()
    {
        for (var i = 0; i < 4; i++)
        {
            _context.Server.Enqueue(503);
        }

        var sending = _context.Client.ReplyToActivityAsync(_context.Server.ServiceUrl, "a:1", "msg-7", ConnectorTestContext.Reply(), CancellationToken.None);
        await _context.SkipRetryDelaysAsync(sending, 3);
        var response = await sending;

        Assert.Null(response);
        Assert.Equal(4, _context.Server.Calls.Count);
        var line = Assert.Single(_context.Logger.Entries, e => e.Level == LogLevel.Error);
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
        _context.Server.Enqueue(status);

        var response = await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Single(_context.Server.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterBeyondBudget_GivesUpAtOnce()
    {
        _context.Server.Enqueue(429, "120");

        var response = await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Null(response);
        Assert.Single(_context.Server.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectorUnreachable_ReturnsNullAndLogs()
    {
        var deadUrl = "http://127.0.0.1:9/emea/";

        var sending = _context.Client.SendToConversationAsync(deadUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        await _context.SkipRetryDelaysAsync(sending, 3);
        var response = await sending;

        Assert.Null(response);
        Assert.Contains(_context.Logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("gave up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToConversationAsync_SlowConnector_DoesNotDelayOtherConversations()
    {
        await using var slow = await MockConnectorServer.StartAsync();
        slow.Delay = TimeSpan.FromSeconds(20);
        var client = _context.CreateClient(new ConnectorClientOptions { MaxRetries = 0, AttemptTimeout = TimeSpan.FromSeconds(3), TotalTimeout = TimeSpan.FromSeconds(3) });
        var slowSend = client.SendToConversationAsync(slow.ServiceUrl, "a:slow", ConnectorTestContext.Reply(), CancellationToken.None);

        var fast = await client.SendToConversationAsync(_context.Server.ServiceUrl, "a:fast", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal("reply-1", fast?.Id);
        Assert.False(slowSend.IsCompleted);
        await _context.Clock.AdvanceWhenArmedAsync(TimeSpan.FromSeconds(3), count: 4); // each send's attempt and total timeouts
        Assert.Null(await slowSend);
    }
}
