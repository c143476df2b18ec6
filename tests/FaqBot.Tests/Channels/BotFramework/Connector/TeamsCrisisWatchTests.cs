using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Bot;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Core.Answering;
using FaqBot.Tests.Bot.Teams;
using FaqBot.Tests.Core.Answering.Triage;
using FaqBot.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// A message in the crisis watch band as Teams receives its reply: the crisis card first, as its own message, then
/// the quoted answer with its feedback buttons (the band is forced open: CrisisWatchTests.WatchedEngine).
public sealed class TeamsCrisisWatchTests(CrisisWatchTests.WatchedEngine watched) : IClassFixture<CrisisWatchTests.WatchedEngine>, IAsyncLifetime
{
    private MockConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await MockConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Message_InTheWatchBand_CrisisCardThenTheAnswer()
    {
        var json = JsonNode.Parse(TeamsFixtures.Json("personal-message"))!.AsObject();
        json["serviceUrl"] = _connector.ServiceUrl;
        json["text"] = "how long does a ketamine session take";
        var bot = new FaqBotActivityHandler(watched.Engine, new RecordingEventSink(), Options.Create(new ClinicOptions()),
            Options.Create(new BotOptions()), TimeProvider.System, NullLogger<FaqBotActivityHandler>.Instance);

        var adapter = UnauthenticatedAdapter.Create(new ListLogger<BotFrameworkAdapter>());
        var response = await adapter.ProcessAsync("POST", null, new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), bot, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        var messages = _connector.Calls.Select(c => c.Json).Where(j => j["type"]!.GetValue<string>() == "message").ToList();
        Assert.Equal(2, messages.Count);
        var card = Assert.Single(messages[0]["attachments"]!.AsArray())!.AsObject();
        Assert.Equal(CrisisCard.HeroCardContentType, card["contentType"]!.GetValue<string>());
        Assert.Equal("tel:988", card["content"]!["buttons"]![0]!["value"]!.GetValue<string>());
        var answer = messages[1]["text"]!.GetValue<string>();
        Assert.StartsWith("> ", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("988", answer, StringComparison.Ordinal);
        Assert.Contains("not medical advice", answer, StringComparison.OrdinalIgnoreCase);
    }
}
