using FaqBot.Channels.BotFramework.Connector;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private ConnectorTestContext _context = null!;

    public async Task InitializeAsync() => _context = await ConnectorTestContext.StartAsync();

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task ReplyToActivityAsync_ChannelThread_PostsToEscapedThreadUrl()
    {
        var response = await _context.Client.ReplyToActivityAsync(_context.Server.ServiceUrl, ConnectorTestContext.ThreadConversationId, "1712345678901", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        var call = Assert.Single(_context.Server.Calls);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712345678901/activities/1712345678901", call.RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_Markdown_PostsActivityBodyWithBearerToken()
    {
        var response = await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1personal", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal("reply-1", response?.Id);
        var call = Assert.Single(_context.Server.Calls);
        Assert.Equal("/emea/v3/conversations/a%3A1personal/activities", call.RawTarget);
        Assert.Equal("Bearer access-1", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        var json = call.Json;
        Assert.Equal("message", json["type"]?.GetValue<string>());
        Assert.Equal(ConnectorTestContext.Markdown, json["text"]?.GetValue<string>());
        Assert.Equal("markdown", json["textFormat"]?.GetValue<string>());
        Assert.Equal("1712345678901", json["replyToId"]?.GetValue<string>());
        Assert.False(json.ContainsKey("id"));
        Assert.False(json.ContainsKey("attachments"));
    }

    [Fact]
    public async Task SendToConversationAsync_ManySendsBeforeExpiry_ReuseOneToken()
    {
        await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal(["Bearer access-1", "Bearer access-1", "Bearer access-1"], _context.Server.Calls.Select(c => c.Authorization));
        Assert.Equal(1, _context.Server.TokenRequests);
    }

    [Fact]
    public async Task SendToConversationAsync_TokenNearExpiry_SendsWithARenewedToken()
    {
        await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        _context.Server.TokenLifetimeSeconds = 240;
        await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        Assert.Equal(1, _context.Server.TokenRequests);
        _context.Server.Enqueue(401);

        // access-1 refused: renewed once (access-2, but it lives 4 minutes), so the next send renews again (access-3).
        await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);
        await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.Equal(["Bearer access-1", "Bearer access-1", "Bearer access-1", "Bearer access-2", "Bearer access-3"], _context.Server.Calls.Select(c => c.Authorization));
    }

    [Fact]
    public async Task SendToConversationAsync_Unauthorized_RefreshesTokenOnceAndResends()
    {
        _context.Server.Enqueue(401);

        var response = await _context.Client.SendToConversationAsync(_context.Server.ServiceUrl, "a:1", ConnectorTestContext.Reply(), CancellationToken.None);

        Assert.NotNull(response);
        Assert.Equal(["Bearer access-1", "Bearer access-2"], _context.Server.Calls.Select(c => c.Authorization));
    }

    [Fact]
    public void BuildUrl_ServiceUrlWithoutTrailingSlash_AddsIt()
    {
        var url = ConnectorClient.BuildUrl("https://smba.trafficmanager.net/teams", "a:1", null);

        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations/a%3A1/activities", url.AbsoluteUri);
    }
}
