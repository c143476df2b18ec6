using FaqBot.Core.Answering;
using FaqBot.Schema.Activities;
using FaqBot.Schema.Events;
using FaqBot.Storage;
using FaqBot.Storage.Memory;

namespace FaqBot.Tests.Storage.Memory;

// What only the memory store has: its bounds, and that it is opened for the server but refused to a tool.
public sealed class MemoryStorageTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Events_BeyondCapacity_OldestByTimeDropped()
    {
        var events = new MemoryStorage(eventCapacity: 3).Events;

        await events.AppendAsync([Answer("d", T0.AddMinutes(4)), Answer("a", T0.AddMinutes(1)), Answer("c", T0.AddMinutes(3))], [], default);
        await events.AppendAsync([Answer("b", T0.AddMinutes(2)), Answer("e", T0.AddMinutes(5))], [], default);

        var kept = await events.ReadAnswersAsync(DateTimeOffset.MinValue, default).ToListAsync();
        Assert.Equal(["c", "d", "e"], kept.Select(a => a.Question));
    }

    [Fact]
    public async Task Events_FeedbackBoundedSeparatelyFromAnswers()
    {
        var events = new MemoryStorage(eventCapacity: 2).Events;

        await events.AppendAsync([Answer("a", T0)], [Vote(T0), Vote(T0.AddMinutes(1)), Vote(T0.AddMinutes(2))], default);

        Assert.Single(await events.ReadAnswersAsync(DateTimeOffset.MinValue, default).ToListAsync());
        Assert.Equal([T0.AddMinutes(1), T0.AddMinutes(2)], (await events.ReadFeedbackAsync(DateTimeOffset.MinValue, default).ToListAsync()).Select(f => f.Timestamp));
    }

    [Fact]
    public async Task Conversation_BeyondMaxKept_KeepsExactlyTheNewest()
    {
        var conversations = new MemoryStorage().Conversations;
        await conversations.CreateAsync("c", "u", T0, default);

        for (var i = 1; i <= 25; i++)
        {
            await conversations.AppendAsync("c", new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, T0, 10, default);
        }

        var page = await conversations.ReadAfterAsync("c", 0, default);
        Assert.Equal(Enumerable.Range(16, 10).Select(i => (long)i), page!.Activities.Select(a => a.Seq));
        Assert.Equal(25, page.LastSeq);
    }

    [Fact]
    public async Task Conversation_StoredActivityChangedByCallerAfterwards_HistoryUnchanged()
    {
        var conversations = new MemoryStorage().Conversations;
        await conversations.CreateAsync("c", "u", T0, default);
        var attachments = new List<Attachment> { new() { ContentType = "text/plain", Name = "original" } };

        await conversations.AppendAsync("c", new Activity { Type = ActivityTypes.Message, Attachments = attachments }, T0, 10, default);
        attachments.Clear();

        var page = await conversations.ReadAfterAsync("c", 0, default);
        Assert.Equal("original", Assert.Single(Assert.Single(page!.Activities).Activity.Attachments!).Name);
    }

    [Fact]
    public async Task AppendsRacingRemoval_EachEitherStoredBeforeOrRefusedAfter()
    {
        var conversations = new MemoryStorage().Conversations;
        await conversations.CreateAsync("c", "u", T0, default);

        var appends = Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => conversations.AppendAsync("c", new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, T0, 1000, default))).ToList();
        var removed = await Task.Run(() => conversations.RemoveIdleAsync(T0.AddMinutes(1), default));
        var results = await Task.WhenAll(appends);

        Assert.Equal(["c"], removed);
        Assert.Null(await conversations.ReadAfterAsync("c", 0, default));
        var stored = results.Where(r => r is not null).Select(r => r!.Seq).Order().ToList();
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored);
    }

    [Fact]
    public async Task Factory_Memory_ServerGetsAnEmptyStoreToolIsRefused()
    {
        var options = new StorageOptions { Provider = "Memory" };

        await using var server = await FaqBotStorageFactory.OpenAsync(options, ".", StorageRole.Server, default);
        var tool = await Assert.ThrowsAsync<StorageConfigurationException>(() => FaqBotStorageFactory.OpenAsync(options, ".", StorageRole.Tool, default));

        Assert.IsType<MemoryStorage>(server);
        Assert.Equal(0, await server.Conversations.CountAsync(default));
        Assert.Contains("nothing between processes", tool.Message, StringComparison.Ordinal);
    }

    private static AnswerEvent Answer(string question, DateTimeOffset at) => new("conv", "conv|0000001", "directline", question, AnswerKind.Answer, 0.5, 1, at);

    private static FeedbackEvent Vote(DateTimeOffset at) => new("conv", "conv|0000001", FeedbackRating.Helpful, at);
}
