using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Storage.Conversations;

namespace FaqBot.Tests.Storage.Contract;

// The behaviour every IConversationBackend must have; SQLite, PostgreSQL and Memory derive their test classes from it.
public abstract class ConversationBackendContract : StorageContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private IConversationBackend Backend => Storage.Conversations;

    [Fact]
    public async Task Create_NewId_ExistsAndCounted()
    {
        var created = await Backend.CreateAsync("conv-a", "dl_user", T0, default);

        Assert.True(created);
        Assert.True(await Backend.ExistsAsync("conv-a", default));
        Assert.False(await Backend.ExistsAsync("conv-b", default));
        Assert.Equal(1, await Backend.CountAsync(default));
    }

    [Fact]
    public async Task Create_SameIdTwice_SecondIsFalse()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);

        var again = await Backend.CreateAsync("conv-a", "dl_other", T0, default);

        Assert.False(again);
        Assert.Equal(1, await Backend.CountAsync(default));
    }

    [Fact]
    public async Task AppendAndRead_UnknownConversation_Null()
    {
        var appended = await Backend.AppendAsync("nope", Message("hi"), T0, 100, default);
        var read = await Backend.ReadAfterAsync("nope", 0, default);

        Assert.Null(appended);
        Assert.Null(read);
    }

    [Fact]
    public async Task Append_ThreeActivities_NumberedIdsAndContentKept()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);
        var posted = Message("Is ketamine safe? ✓ «quotes» \"and\" 'apostrophes'") with
        {
            ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "x1" }),
        };

        var first = await Backend.AppendAsync("conv-a", posted, T0, 100, default);
        var second = await Backend.AppendAsync("conv-a", Message("second"), T0.AddSeconds(1), 100, default);
        var third = await Backend.AppendAsync("conv-a", Message("third"), T0.AddSeconds(2), 100, default);

        Assert.Equal([1L, 2L, 3L], [first!.Seq, second!.Seq, third!.Seq]);
        Assert.Equal("conv-a|0000001", first.Activity.Id);
        Assert.Equal("conv-a|0000003", third.Activity.Id);
        var page = await Backend.ReadAfterAsync("conv-a", 0, default);
        Assert.Equal(3, page!.LastSeq);
        Assert.Equal([1L, 2L, 3L], page.Activities.Select(a => a.Seq));
        var read = page.Activities[0].Activity;
        Assert.Equal(posted.Text, read.Text);
        Assert.Equal("conv-a|0000001", read.Id);
        Assert.Equal(T0, read.Timestamp);
        Assert.Equal("x1", read.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal("dl_user", read.From!.Id);
    }

    [Fact]
    public async Task ReadAfter_Watermark_OnlyNewerAndLastSeq()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);
        for (var i = 0; i < 3; i++)
        {
            await Backend.AppendAsync("conv-a", Message($"m{i}"), T0, 100, default);
        }

        var afterTwo = await Backend.ReadAfterAsync("conv-a", 2, default);
        var afterAll = await Backend.ReadAfterAsync("conv-a", 3, default);

        Assert.Equal(["m2"], afterTwo!.Activities.Select(a => a.Activity.Text));
        Assert.Equal(3, afterTwo.LastSeq);
        Assert.Empty(afterAll!.Activities);
        Assert.Equal(3, afterAll.LastSeq);
    }

    [Fact]
    public async Task ReadAfter_EmptyConversation_NoActivitiesLastSeqZero()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);

        var page = await Backend.ReadAfterAsync("conv-a", 0, default);

        Assert.Empty(page!.Activities);
        Assert.Equal(0, page.LastSeq);
    }

    [Fact]
    public async Task Append_ClockGoesBack_TimestampNeverDecreases()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);

        var first = await Backend.AppendAsync("conv-a", Message("a"), T0.AddSeconds(10), 100, default);
        var second = await Backend.AppendAsync("conv-a", Message("b"), T0.AddSeconds(5), 100, default);

        Assert.Equal(T0.AddSeconds(10), first!.Activity.Timestamp);
        Assert.Equal(T0.AddSeconds(10), second!.Activity.Timestamp);
    }

    [Fact]
    public async Task Append_ConcurrentToOneConversation_ContiguousNumbersInOrder()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);

        var appended = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            Task.Run(() => Backend.AppendAsync("conv-a", Message($"m{i}"), T0, 1000, default))));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), appended.Select(a => a!.Seq).Order());
        var page = await Backend.ReadAfterAsync("conv-a", 0, default);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), page!.Activities.Select(a => a.Seq));
        Assert.Equal(40, page.Activities.Select(a => a.Activity.Text).Distinct().Count());
    }

    [Fact]
    public async Task Append_BeyondMaxKept_OldestDroppedNumbersKeepCounting()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);

        for (var i = 1; i <= 200; i++)
        {
            await Backend.AppendAsync("conv-a", Message($"m{i}"), T0, 10, default);
        }

        var page = await Backend.ReadAfterAsync("conv-a", 0, default);
        Assert.Equal(200, page!.LastSeq);
        Assert.InRange(page.Activities.Count, 10, 10 + 64);
        Assert.Equal(200, page.Activities[^1].Seq);
        Assert.Equal(Enumerable.Range(201 - page.Activities.Count, page.Activities.Count).Select(i => (long)i), page.Activities.Select(a => a.Seq));
        var next = await Backend.AppendAsync("conv-a", Message("m201"), T0, 10, default);
        Assert.Equal(201, next!.Seq);
    }

    [Fact]
    public async Task Reopen_AfterAppends_HistoryKeptAndNumberingContinues()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);
        await Backend.AppendAsync("conv-a", Message("before restart"), T0, 100, default);

        await ReopenAsync();

        if (!KeepsDataAcrossReopen)
        {
            Assert.False(await Backend.ExistsAsync("conv-a", default));
            Assert.Equal(0, await Backend.CountAsync(default));
            return;
        }

        Assert.True(await Backend.ExistsAsync("conv-a", default));
        var next = await Backend.AppendAsync("conv-a", Message("after restart"), T0, 100, default);
        Assert.Equal(2, next!.Seq);
        var page = await Backend.ReadAfterAsync("conv-a", 0, default);
        Assert.Equal(["before restart", "after restart"], page!.Activities.Select(a => a.Activity.Text));
    }

    [Fact]
    public async Task RemoveIdle_OnlyConversationsInactiveSinceCutoffGoWithTheirActivities()
    {
        await Backend.CreateAsync("idle", "u1", T0, default);
        await Backend.CreateAsync("appended", "u2", T0, default);
        await Backend.CreateAsync("touched", "u3", T0, default);
        await Backend.AppendAsync("idle", Message("old"), T0, 100, default);
        await Backend.AppendAsync("appended", Message("new"), T0.AddMinutes(10), 100, default);
        await Backend.TouchAsync(["touched", "unknown"], T0.AddMinutes(10), default);

        var removed = await Backend.RemoveIdleAsync(T0.AddMinutes(5), default);

        Assert.Equal(["idle"], removed);
        Assert.False(await Backend.ExistsAsync("idle", default));
        Assert.Null(await Backend.ReadAfterAsync("idle", 0, default));
        Assert.True(await Backend.ExistsAsync("appended", default));
        Assert.True(await Backend.ExistsAsync("touched", default));
        Assert.Equal(2, await Backend.CountAsync(default));
    }

    [Fact]
    public async Task RemoveLeastRecent_TakesTheOldestIdleFirstUpToCount()
    {
        await Backend.CreateAsync("oldest", "u1", T0, default);
        await Backend.CreateAsync("older", "u2", T0.AddMinutes(1), default);
        await Backend.CreateAsync("old", "u3", T0.AddMinutes(2), default);
        await Backend.CreateAsync("recent", "u4", T0.AddMinutes(9), default);
        await Backend.AppendAsync("oldest", Message("hi"), T0.AddMinutes(3), 100, default);

        var removed = await Backend.RemoveLeastRecentAsync(2, T0.AddMinutes(5), default);

        Assert.Equal(["old", "older"], removed.Order(StringComparer.Ordinal));
        Assert.True(await Backend.ExistsAsync("oldest", default));
        Assert.True(await Backend.ExistsAsync("recent", default));
        Assert.Equal(["oldest"], await Backend.RemoveLeastRecentAsync(5, T0.AddMinutes(5), default));
        Assert.Null(await Backend.ReadAfterAsync("oldest", 0, default));
        Assert.Equal(1, await Backend.CountAsync(default));
    }

    [Fact]
    public async Task Append_LongUnicodeText_RoundTripsExactly()
    {
        await Backend.CreateAsync("conv-a", "dl_user", T0, default);
        var text = string.Concat(Enumerable.Repeat("Ketamin – Behandlung 😊 ñ 中文 \u0000? ", 200)).Replace("\u0000", "", StringComparison.Ordinal);

        await Backend.AppendAsync("conv-a", Message(text), T0, 100, default);

        var page = await Backend.ReadAfterAsync("conv-a", 0, default);
        Assert.Equal(text, Assert.Single(page!.Activities).Activity.Text);
    }

    [Fact]
    public async Task GetOrCreateSetting_ConcurrentCallers_AllGetTheFirstValue()
    {
        var values = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => Storage.GetOrCreateSettingAsync("token-key", $"value-{i}", default))));

        Assert.Single(values.Distinct());
        await ReopenAsync();
        Assert.Equal(KeepsDataAcrossReopen ? values[0] : "another", await Storage.GetOrCreateSettingAsync("token-key", "another", default));
    }

    [Fact]
    public async Task Ping_OpenDatabase_Succeeds()
    {
        var exception = await Record.ExceptionAsync(() => Storage.PingAsync(default));

        Assert.Null(exception);
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "directline",
        From = new ChannelAccount { Id = "dl_user", Role = "user" },
        Conversation = new ConversationAccount { Id = "conv-a" },
    };
}
