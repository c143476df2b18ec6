using FaqBot.Core.Answering;
using FaqBot.Core.Search;
using FaqBot.Embeddings;
using FaqBot.Server.Answering;
using FaqBot.Tests.Server.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Server.Startup;

// /readyz reports ready before the follow-up check (one whole answer per heading); a reply that offers follow-ups
// meanwhile waits for the check and offers only checked ones; a crisis reply never waits for it.
public sealed class StartupFollowUpCheckTests
{
    private const string Question = "how does ketamine therapy actualy work inside your brain";
    private const string CrisisMessage = "I want to kill myself tonight";

    [Fact]
    public async Task Ready_BeforeFollowUpsAreChecked_ReplyWaitsForTheCheckAndOffersOnlyCheckedOnes()
    {
        var logs = new ListLoggerProvider();
        GatedEncoder? gated = null;
        await using var server = await FaqBotTestServer.StartAsync(
            ["Logging:LogLevel:FaqBot.Server.Startup=Information"], logs: logs, inMemory: true,
            configureServices: services => services.AddSingleton(sp => new SentenceEncoderHolder(sp.GetRequiredService<IOptions<SearchOptions>>(),
                gated = new GatedEncoder(SharedEncoders.For(sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value), Question, CrisisMessage))));
        var host = server.App.Services.GetRequiredService<EngineHost>();
        using var gate = gated!; // built when EngineHost was resolved (just above, or already by the start-up sequence)

        await server.WaitUntilReadyAsync(); // the gate is closed: the check cannot have finished
        Assert.False(host.Engine.FollowUps.IsChecked);
        Assert.DoesNotContain(logs.Entries, e => e.Message.StartsWith("Start-up 6/6", StringComparison.Ordinal));

        var crisis = await Task.Run(() => host.Ask(CrisisMessage)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(AnswerKind.Crisis, crisis.Kind);

        var pending = Task.Run(() => host.Ask(Question));
        await Task.Delay(500);
        Assert.False(pending.IsCompleted, "a reply offering follow-ups did not wait for the follow-up check");

        gate.Open();
        var answer = await pending.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.NotEmpty(answer.FollowUps);
        Assert.All(answer.FollowUps, followUp => Assert.Contains(followUp, host.Engine.FollowUps.All));
        Assert.Equal(host.Engine.AskUncached(Question).FollowUps, answer.FollowUps); // the same as once the check is done
    }

    [Fact]
    public async Task Ready_FollowUpCheckRunsInTheBackground_AndIsLoggedAfterReady()
    {
        var logs = new ListLoggerProvider();
        await using var server = await FaqBotTestServer.StartAsync(["Logging:LogLevel:FaqBot.Server.Startup=Information"], logs: logs, inMemory: true);
        var host = server.App.Services.GetRequiredService<EngineHost>();
        await server.WaitUntilReadyAsync();
        await logs.WaitForAsync("Start-up 6/6");

        var lines = logs.Entries.Select(e => e.Message).ToList();
        var checkedLine = lines.FindIndex(line => line.StartsWith("Start-up 6/6 follow-ups and warm-up:", StringComparison.Ordinal));
        Assert.InRange(checkedLine, lines.FindIndex(line => line.StartsWith("Start-up 5/6 ready:", StringComparison.Ordinal)) + 1, int.MaxValue);
        Assert.True(host.Engine.FollowUps.IsChecked);
        Assert.Contains($"{host.Engine.FollowUps.All.Count} follow-up questions passed the check", lines[checkedLine], StringComparison.Ordinal);
    }
}
