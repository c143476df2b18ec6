using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Bot;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.Bot.Teams;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// The crisis and emergency replies as Teams receives them: through the adapter to the (mock) Bot Connector.
public sealed class TeamsCrisisCardTests : IAsyncLifetime
{
    private MockConnectorServer _connector = null!;
    private BotFrameworkAdapter _adapter = null!;

    public async Task InitializeAsync()
    {
        _connector = await MockConnectorServer.StartAsync();
        _adapter = UnauthenticatedAdapter.Create(new ListLogger<BotFrameworkAdapter>());
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Message_Crisis_ReachesTeamsAsHeroCardWithTapToCallAndTextButtons()
    {
        var reply = await ReplyTo("i've been saving up my pills and friday is the day");

        var card = HeroCard(reply);
        Assert.Equal("You deserve support right now", card["title"]!.GetValue<string>());
        var buttons = card["buttons"]!.AsArray().Select(b => (b!["type"]!.GetValue<string>(), b["value"]!.GetValue<string>())).ToList();
        Assert.Equal([("openUrl", "tel:988"), ("openUrl", "sms:988"), ("openUrl", "tel:911")], buttons);
        Assert.DoesNotContain("not medical advice", reply.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(reply["suggestedActions"]);
    }

    [Fact]
    public async Task Message_MedicalEmergency_ReachesTeamsWith911First()
    {
        var reply = await ReplyTo("my dad is unresponsive and his lips are turning blue");

        var card = HeroCard(reply);
        Assert.Equal("Call 911 now", card["title"]!.GetValue<string>());
        Assert.Equal("tel:911", card["buttons"]![0]!["value"]!.GetValue<string>());
    }

    private async Task<JsonObject> ReplyTo(string text)
    {
        var json = JsonNode.Parse(TeamsFixtures.Json("personal-message"))!.AsObject();
        json["serviceUrl"] = _connector.ServiceUrl;
        json["text"] = text;
        var bot = new FaqBotActivityHandler(SeedEngine.Instance, new RecordingEventSink(), Options.Create(new ClinicOptions()),
            Options.Create(new BotOptions()), TimeProvider.System, NullLogger<FaqBotActivityHandler>.Instance);

        var response = await _adapter.ProcessAsync("POST", null, new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), bot, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        return _connector.Calls.Select(c => c.Json).Last(j => j["type"]!.GetValue<string>() == "message");
    }

    private static JsonObject HeroCard(JsonObject reply)
    {
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!.AsObject();
        Assert.Equal(CrisisCard.HeroCardContentType, attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!.AsObject();
    }
}
