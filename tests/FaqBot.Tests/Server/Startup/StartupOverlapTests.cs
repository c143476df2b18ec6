using System.Net;
using FaqBot.Tests.Server.BotFramework;

namespace FaqBot.Tests.Server.Startup;

// The embedding model loads while the index opens: with the index on disk, the index step finishes while the model's
// load is held back, and /readyz waits for both.
public sealed class StartupOverlapTests : IDisposable
{
    private readonly string _index = Directory.CreateTempSubdirectory("faqbot-overlap-index-").FullName;

    public void Dispose() => Directory.Delete(_index, recursive: true);

    [Fact]
    public async Task Start_IndexOnDisk_OpensWhileTheModelIsStillLoading()
    {
        string[] settings = [$"Index:Path={_index}", "Logging:LogLevel:FaqBot.Server.Startup=Information"];
        await using (var first = await FaqBotTestServer.StartAsync(settings, inMemory: true))
        {
            await first.WaitUntilReadyAsync(); // builds the index on disk
        }

        var logs = new ListLoggerProvider();
        using var model = new HeldModelLoad();
        await using var server = await FaqBotTestServer.StartAsync(settings, logs: logs, inMemory: true, configureServices: model.Register);

        await logs.WaitForAsync("Start-up 4/6 index and vectors:");
        Assert.Contains(logs.Entries, e => e.Message.Contains("from the saved index", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Message.StartsWith("Start-up 3/6", StringComparison.Ordinal));
        using (var loading = await server.Client.GetAsync("readyz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, loading.StatusCode);
        }

        model.Release();
        await server.WaitUntilReadyAsync();
        var lines = logs.Entries.Select(e => e.Message).ToList();
        Assert.InRange(lines.FindIndex(l => l.StartsWith("Start-up 3/6", StringComparison.Ordinal)),
            lines.FindIndex(l => l.StartsWith("Start-up 4/6", StringComparison.Ordinal)) + 1,
            lines.FindIndex(l => l.StartsWith("Start-up 5/6 ready:", StringComparison.Ordinal)) - 1);
    }
}
