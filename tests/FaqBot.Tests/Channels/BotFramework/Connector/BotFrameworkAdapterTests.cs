using System.Text;
using System.Text.Json;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Schema.Activities;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.Bot.Teams;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// Adapter behaviour with authentication disabled (no App ID); auth failures are covered by the endpoint tests.
public sealed class BotFrameworkAdapterTests : IAsyncLifetime
{
    private readonly EchoBot _bot = new();
    private readonly ListLogger<BotFrameworkAdapter> _logger = new();
    private MockConnectorServer _connector = null!;
    private BotFrameworkAdapter _adapter = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnectorServer.StartAsync();
        _adapter = UnauthenticatedAdapter.Create(_logger);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    public async Task ProcessAsync_NonPost_Returns405WithoutCallingBot(string method)
    {
        var response = await Process(method, Fixture("personal-message"));

        Assert.Equal(405, response.StatusCode);
        Assert.Empty(_bot.Turns);
    }

    [Theory]
    [InlineData("{\"text\":\"hi\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("not json")]
    [InlineData("[]")]
    public async Task ProcessAsync_BodyWithoutType_Returns400(string body)
    {
        var response = await Process("POST", body);

        Assert.Equal(400, response.StatusCode);
        Assert.Empty(_bot.Turns);
    }

    [Fact]
    public async Task ProcessAsync_ChannelMessage_RepliesInThreadWithConversationReference()
    {
        var response = await Process("POST", Fixture("channel-message"));

        Assert.Equal(200, response.StatusCode);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712345678901/activities/1712345678901", call.RawTarget);
        var reply = call.Json;
        Assert.Equal("You said: **how long is a session?**", reply["text"]!.GetValue<string>());
        Assert.Equal(TeamsFixtures.BotId, reply["from"]!["id"]!.GetValue<string>());
        Assert.Equal("29:1BenChannel", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("19:abc@thread.tacv2;messageid=1712345678901", reply["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("msteams", reply["channelId"]!.GetValue<string>());
        Assert.Equal("en-US", reply["locale"]!.GetValue<string>());
        Assert.Equal("1712345678901", reply["replyToId"]!.GetValue<string>());
        Assert.Equal(string.Empty, call.Authorization);
    }

    [Fact]
    public async Task ProcessAsync_UnhandledInvoke_Returns501()
    {
        var response = await Process("POST", Fixture("personal-message", "invoke"));

        Assert.Equal(501, response.StatusCode);
        Assert.Single(_bot.Turns);
    }

    [Fact]
    public async Task ProcessAsync_InvokeAnswered_ReturnsItsStatusAndBody()
    {
        _bot.OnTurn = context => context.SendActivityAsync(
            new Activity { Type = BotFrameworkTurnContext.InvokeResponseType, Value = JsonSerializer.SerializeToElement(new { status = 200, body = new { statusCode = 200, value = "Thanks" } }) },
            CancellationToken.None);

        var response = await Process("POST", Fixture("personal-message", "invoke"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Thanks", response.Body?.GetProperty("value").GetString());
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task ProcessAsync_BotThrows_LogsIdsOnlyAndApologises()
    {
        _bot.OnTurn = _ => throw new InvalidOperationException("boom");

        var response = await Process("POST", Fixture("personal-message"));

        Assert.Equal(200, response.StatusCode);
        var apology = Assert.Single(_connector.Calls);
        Assert.Contains("Sorry", apology.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var line = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("1712345600001", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("How long", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_UnknownActivityType_Returns200()
    {
        var response = await Process("POST", Fixture("personal-message", "someFutureType"));

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    private string Fixture(string name, string? type = null)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(TeamsFixtures.Json(name))!.AsObject();
        json["serviceUrl"] = _connector.ServiceUrl;
        if (type is not null)
        {
            json["type"] = type;
        }

        return json.ToJsonString();
    }

    private Task<BotFrameworkResponse> Process(string method, string body) =>
        _adapter.ProcessAsync(method, null, new MemoryStream(Encoding.UTF8.GetBytes(body)), _bot, CancellationToken.None);
}
