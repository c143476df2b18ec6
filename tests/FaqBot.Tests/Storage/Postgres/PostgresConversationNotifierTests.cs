using FaqBot.Schema.Activities;
using FaqBot.Storage;
using FaqBot.Storage.Conversations;
using FaqBot.Storage.Postgres;
using FaqBot.Tests.TestSupport.Postgres;

namespace FaqBot.Tests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConversationNotifierTests(PostgresFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Append_OnReplicaA_ReceivedByReplicaBWithSeq()
    {
        var connectionString = await fixture.Server.CreateUniqueDatabaseAsync("notify");
        await using var a = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        await using var b = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        var received = new NotificationRecorder(b.Notifier!);
        await b.Notifier!.StartAsync(default);
        await a.Conversations.CreateAsync("conv-1", "dl_user", T0, default);

        await a.Conversations.AppendAsync("conv-1", Message("one"), T0, 100, default);
        await a.Conversations.AppendAsync("conv-1", Message("two"), T0, 100, default);

        var second = await received.WaitForAsync(n => n.Seq == 2);
        Assert.Equal("conv-1", second.ConversationId);
        Assert.Null(second.Transient);
        var page = await b.Conversations.ReadAfterAsync("conv-1", 1, default);
        var stored = Assert.Single(page!.Activities).Activity;
        Assert.Equal(("two", stored.Id, stored.Timestamp), (second.Stored!.Text, second.Stored.Id, second.Stored.Timestamp));
    }

    [Fact]
    public async Task Append_ActivityTooLargeForPayload_NotifiedWithSeqOnly()
    {
        var connectionString = await fixture.Server.CreateUniqueDatabaseAsync("notifybig");
        await using var a = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        var received = new NotificationRecorder(a.Notifier!);
        await a.Notifier!.StartAsync(default);
        await a.Conversations.CreateAsync("conv-1", "dl_user", T0, default);

        await a.Conversations.AppendAsync("conv-1", Message(new string('x', 9000)), T0, 100, default);

        var notification = await received.WaitForAsync(n => n.Seq == 1);
        Assert.Null(notification.Stored);
    }

    [Fact]
    public async Task NotifyTransient_Typing_ReceivedWithActivityBySenderToo()
    {
        var connectionString = await fixture.Server.CreateUniqueDatabaseAsync("transient");
        await using var a = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        await using var b = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        var atA = new NotificationRecorder(a.Notifier!);
        var atB = new NotificationRecorder(b.Notifier!);
        await a.Notifier!.StartAsync(default);
        await b.Notifier!.StartAsync(default);

        await a.Notifier.NotifyTransientAsync("conv-1", new Activity { Type = ActivityTypes.Typing, From = new ChannelAccount { Id = "bot" } }, default);

        var atBNotification = await atB.WaitForAsync(n => n.Transient is not null);
        var atANotification = await atA.WaitForAsync(n => n.Transient is not null);
        Assert.Equal(("conv-1", 0L, ActivityTypes.Typing, "bot"),
            (atBNotification.ConversationId, atBNotification.Seq, atBNotification.Transient!.Type, atBNotification.Transient.From!.Id));
        Assert.Equal(ActivityTypes.Typing, atANotification.Transient!.Type);
    }

    [Fact]
    public async Task NotifyTransient_TooLarge_Dropped()
    {
        var connectionString = await fixture.Server.CreateUniqueDatabaseAsync("large");
        await using var a = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        var received = new NotificationRecorder(a.Notifier!);
        await a.Notifier!.StartAsync(default);

        await a.Notifier.NotifyTransientAsync("conv-1", Message(new string('x', 9_000)), default);
        await a.Notifier.NotifyTransientAsync("conv-1", Message("small"), default);

        var first = await received.WaitForAsync(_ => true);
        Assert.Equal("small", first.Transient!.Text);
    }

    [Fact]
    public void Parse_Payloads_SeqTransientOrNull()
    {
        var seq = PostgresConversationNotifier.Parse("abc-1 42");
        var transient = PostgresConversationNotifier.Parse("abc-1 t {\"type\":\"typing\"}");
        var garbage = PostgresConversationNotifier.Parse("abc-1 t {not json");

        Assert.Equal(new ConversationNotification("abc-1", 42, null), seq);
        Assert.Equal(("abc-1", 0L, "typing"), (transient!.ConversationId, transient.Seq, transient.Transient!.Type));
        Assert.Null(garbage);
        Assert.Null(PostgresConversationNotifier.Parse("nospace"));
    }

    [Fact]
    public void Parse_AppendedWithActivity_IdAndTimestampFromPayload()
    {
        var parsed = PostgresConversationNotifier.Parse("abc-1 7 1700000000123456 {\"type\":\"message\",\"text\":\"hi there\"}");

        Assert.Equal(7, parsed!.Seq);
        Assert.Equal("abc-1|0000007", parsed.Stored!.Id);
        Assert.Equal("hi there", parsed.Stored.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123).AddTicks(4560), parsed.Stored.Timestamp);
    }

    internal static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount { Id = "dl_user" } };
}
