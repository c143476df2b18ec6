using System.Net;
using FaqBot.Tests.Server.BotFramework;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server.Startup;

// The start-up sequence as the log shows it: its steps in order (the model and the index load at the same time, so
// either may finish first), the server listening only after the storage steps, and /readyz ready only once both the
// model and the index are open.
public sealed class StartupSequenceTests
{
    private static readonly string[] Steps =
        ["1/6 storage", "2/6 signing key", "3/6 embedding model and triage weights", "4/6 index and vectors", "5/6 ready", "6/6 follow-ups and warm-up"];

    [Fact]
    public async Task Start_LogsEveryStepInOrder_ListeningAfterStorageAndSigningKey()
    {
        var logs = new ListLoggerProvider();
        await using var server = await StartAsync(logs);
        await server.WaitUntilReadyAsync(logs);
        await logs.WaitForAsync("Start-up 6/6"); // the follow-up check runs after ready

        var lines = logs.Entries.Select(e => e.Message).ToList();
        var stepAt = Steps.Select(step => lines.FindIndex(line => line.StartsWith("Start-up " + step + ":", StringComparison.Ordinal))).ToList();
        var listeningAt = lines.FindIndex(line => line.StartsWith("Now listening on:", StringComparison.Ordinal));

        Assert.All(stepAt, index => Assert.True(index >= 0, string.Join("\n", lines)));
        int[] concurrentSteps = [stepAt[2], stepAt[3]];
        Assert.Equal(stepAt.Order(), [stepAt[0], stepAt[1], concurrentSteps.Min(), concurrentSteps.Max(), stepAt[4], stepAt[5]]);
        Assert.InRange(listeningAt, stepAt[1] + 1, int.MaxValue);
        Assert.All(lines.Where(line => line.StartsWith("Start-up ", StringComparison.Ordinal)), line => Assert.Matches(@"\(\d+ ms\)$", line));
    }

    [Fact]
    public async Task Readyz_LoadingAtFirst_ReadyOnlyOnceModelAndIndexAreOpen()
    {
        var logs = new ListLoggerProvider();
        using var model = new HeldModelLoad(); // in the tests the model is already loaded: hold it back to see the wait
        await using var server = await StartAsync(logs, model.Register); // listening; the index waits for the model to embed

        using (var loading = await server.Client.GetAsync("readyz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
            Assert.Equal("loading", await loading.Content.ReadAsStringAsync());
        }

        model.Release();
        await server.WaitUntilReadyAsync(logs);

        // Both are logged before readiness is set: a ready answer without them means readiness came first.
        Assert.Contains(logs.Entries, e => e.Message.StartsWith("Start-up 3/6 embedding model", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Message.StartsWith("Start-up 4/6 index and vectors:", StringComparison.Ordinal));
    }

    private static Task<FaqBotTestServer> StartAsync(ListLoggerProvider logs, Action<IServiceCollection>? configureServices = null) =>
        FaqBotTestServer.StartAsync(
            ["Logging:LogLevel:FaqBot.Server.Startup=Information", "Logging:LogLevel:Microsoft.Hosting.Lifetime=Information"], logs: logs,
            configureServices: configureServices);
}
