using System.Net;
using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage;

namespace FaqBot.Tests.Server.Storage;

// The server on the embedded default (an SQLite file), in process: restarts, the privacy switches, the file lock.
public sealed class SqliteServerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-sqlite-").FullName;

    [Fact]
    public async Task Restart_HistoryWatermarkAndTokenSurvive()
    {
        string conversationId, token, watermark;
        List<string> before;
        await using (var server = await StartAsync())
        {
            (conversationId, token) = await server.DirectLine.StartAsync();
            (await server.DirectLine.PostMessageAsync(conversationId, token, "How long does a session last?")).Dispose();
            var set = await server.DirectLine.GetActivitiesAsync(conversationId, token);
            before = [.. set["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>())];
            watermark = set["watermark"]!.GetValue<string>();
        }

        await using var restarted = await StartAsync();
        var after = await restarted.DirectLine.GetActivitiesAsync(conversationId, token);
        using var posted = await restarted.DirectLine.PostMessageAsync(conversationId, token, "Is it safe?");

        Assert.Equal(before, after["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal(watermark, after["watermark"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal($"{conversationId}|{long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) + 1:0000000}",
            (await DirectLineTestClient.ReadAsync(posted))["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_DurableStore_ReplaysThenDeliversEchoAndReplyOnce()
    {
        await using var server = await StartAsync();
        var (conversationId, token) = await server.DirectLine.GenerateTokenAsync();
        using var started = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token, "{}");
        var streamUrl = (await DirectLineTestClient.ReadAsync(started))["streamUrl"]!.GetValue<string>();
        await using var stream = await DirectLineStream.ConnectAsync(streamUrl);
        await stream.WaitForKeptAsync(1, Patience);

        for (var i = 0; i < 5; i++)
        {
            (await server.DirectLine.PostMessageAsync(conversationId, token, $"How long does a session last? {i}", $"c{i}")).Dispose();
        }

        var kept = await stream.WaitForKeptAsync(11, Patience);
        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"{conversationId}|{i:0000000}"), kept.Select(a => a["id"]!.GetValue<string>()));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal($"c{i}", kept[1 + (2 * i)]["channelData"]!["clientActivityID"]!.GetValue<string>());
            Assert.Equal(kept[1 + (2 * i)]["id"]!.GetValue<string>(), kept[2 + (2 * i)]["replyToId"]!.GetValue<string>());
        }

        Assert.Contains(stream.Snapshot(), a => a["type"]!.GetValue<string>() == "typing");
        Assert.Equal("11", stream.LastWatermark);
    }

    [Fact]
    public async Task QuestionTextOff_EventKeptWithoutText()
    {
        await using (var server = await StartAsync("Storage:StoreQuestionText=false"))
        {
            var (conversationId, token) = await server.DirectLine.StartAsync();
            (await server.DirectLine.PostMessageAsync(conversationId, token, "Can I bring my dog to the clinic?")).Dispose();
        }

        var answers = await ReadAnswersAsync();

        var answer = Assert.Single(answers);
        Assert.Null(answer.Question);
        Assert.Equal("directline", answer.ChannelId);
        Assert.NotNull(answer.ActivityId);
    }

    [Fact]
    public async Task QuestionTextOn_EventKeepsTextKindAndSources()
    {
        await using (var server = await StartAsync())
        {
            var (conversationId, token) = await server.DirectLine.StartAsync();
            (await server.DirectLine.PostMessageAsync(conversationId, token, "How long does a ketamine session last?")).Dispose();
        }

        var answer = Assert.Single(await ReadAnswersAsync());

        Assert.Equal("How long does a ketamine session last?", answer.Question);
        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.NotEmpty(answer.Sources);
        Assert.True(answer.TopScore > 0);
    }

    [Fact]
    public async Task Startup_EventsOlderThanRetention_Purged()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var storage = await OpenAsync(StorageRole.Server))
        {
            await storage.Events.AppendAsync(
                [Event("expired", now.AddDays(-31)), Event("kept", now.AddDays(-29))],
                [new FeedbackEvent("c", "a", FeedbackRating.Helpful, now.AddDays(-40))],
                default);
        }

        await using (await StartAsync("Storage:EventRetentionDays=30"))
        {
            var deadline = DateTime.UtcNow + Patience;
            while ((await ReadAnswersAsync()).Count > 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        Assert.Equal(["kept"], (await ReadAnswersAsync()).Select(a => a.Question));
        await using var reader = await OpenAsync(StorageRole.Tool);
        Assert.Empty(await reader.Events.ReadFeedbackAsync(DateTimeOffset.MinValue, default).ToListAsync());
    }

    [Fact]
    public async Task SecondServerOnSameFile_RefusedWithClearMessage()
    {
        await using var first = await StartAsync();

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => StartAsync());

        Assert.Contains("Another FaqBot server", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:PostgreSql", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<FaqBotTestServer> StartAsync(params string[] settings) =>
        FaqBotTestServer.StartAsync(["Storage:Provider=Sqlite", $"Storage:DataFolder={_folder}", "DirectLine:TokenSigningKey=", .. settings]);

    private Task<IFaqBotStorage> OpenAsync(StorageRole role) =>
        FaqBotStorageFactory.OpenAsync(new StorageOptions { DataFolder = _folder }, _folder, role, default);

    private async Task<List<AnswerEvent>> ReadAnswersAsync()
    {
        await using var storage = await OpenAsync(StorageRole.Tool);
        return await storage.Events.ReadAnswersAsync(DateTimeOffset.MinValue, default).ToListAsync();
    }

    private static AnswerEvent Event(string question, DateTimeOffset at) =>
        new("c", "a", "directline", question, AnswerKind.Abstain, 0, 0, at);
}
