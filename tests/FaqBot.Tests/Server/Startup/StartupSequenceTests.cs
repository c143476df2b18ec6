using System.Net;
using FaqBot.Tests.Server.BotFramework;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.Startup;

// The start-up sequence as the log shows it: its steps in order, the server listening only after the storage steps,
// and /readyz ready only once the warm-up is done.
public sealed class StartupSequenceTests
{
    private static readonly string[] Steps =
        ["1/6 storage", "2/6 signing key", "3/6 embedding model and triage weights", "4/6 index and vectors", "5/6 warm-up", "6/6 ready"];

    [Fact]
    public async Task Start_LogsEveryStepInOrder_ListeningAfterStorageAndSigningKey()
    {
        var logs = new ListLoggerProvider();
        await using var server = await StartAsync(logs);
        await WaitUntilReadyAsync(server, logs);

        var lines = logs.Entries.Select(e => e.Message).ToList();
        var stepAt = Steps.Select(step => lines.FindIndex(line => line.StartsWith("Start-up " + step + ":", StringComparison.Ordinal))).ToList();
        var listeningAt = lines.FindIndex(line => line.StartsWith("Now listening on:", StringComparison.Ordinal));

        Assert.All(stepAt, index => Assert.True(index >= 0, string.Join("\n", lines)));
        Assert.Equal(stepAt.Order(), stepAt);
        Assert.InRange(listeningAt, stepAt[1] + 1, int.MaxValue);
        Assert.All(lines.Where(line => line.StartsWith("Start-up ", StringComparison.Ordinal)), line => Assert.Matches(@"\(\d+ ms\)$", line));
    }

    [Fact]
    public async Task Readyz_LoadingAtFirst_ReadyOnlyOnceWarmUpIsDone()
    {
        var logs = new ListLoggerProvider();
        await using var server = await StartAsync(logs);

        var seenLoading = 0;
        for (var i = 0; i < 3000; i++)
        {
            using var response = await server.Client.GetAsync("readyz");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                // The warm-up is logged before readiness is set: a ready answer without it means readiness came first.
                Assert.Contains(logs.Entries, e => e.Message.StartsWith("Start-up 5/6 warm-up:", StringComparison.Ordinal));
                Assert.True(seenLoading > 0, "/readyz was never seen loading: the index should open after the server listens");
                return;
            }

            Assert.Equal("loading", await response.Content.ReadAsStringAsync());
            seenLoading++;
            await Task.Delay(20);
        }

        Assert.Fail("not ready within a minute");
    }

    private static Task<FaqBotTestServer> StartAsync(ListLoggerProvider logs) => FaqBotTestServer.StartAsync(
        ["Logging:LogLevel:FaqBot.Server.Startup=Information", "Logging:LogLevel:Microsoft.Hosting.Lifetime=Information"],
        configureServices: services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<ILoggerProvider>(services, logs));

    private static async Task WaitUntilReadyAsync(FaqBotTestServer server, ListLoggerProvider logs)
    {
        for (var i = 0; i < 1200; i++)
        {
            using var response = await server.Client.GetAsync("readyz");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("not ready within a minute:\n" + string.Join("\n", logs.Entries.Select(e => e.Message)));
    }
}
