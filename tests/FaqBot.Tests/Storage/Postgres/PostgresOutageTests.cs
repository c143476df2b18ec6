using FaqBot.Storage;
using FaqBot.Storage.Postgres;
using FaqBot.Tests.TestSupport.Postgres;

namespace FaqBot.Tests.Storage.Postgres;

// These stop their server, so each test has its own.
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private readonly PostgresServer _server = new();

    public Task InitializeAsync() => _server.StartAsync();

    public Task DisposeAsync() => _server.DisposeAsync().AsTask();

    [Fact]
    public async Task Append_WhileServerStopped_UnavailableThenWorksAfterRestart()
    {
        var connectionString = await _server.CreateDatabaseAsync("outage");
        await using var storage = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        await storage.Conversations.CreateAsync("conv-1", "dl_user", T0, default);
        await storage.Conversations.AppendAsync("conv-1", PostgresConversationNotifierTests.Message("before"), T0, 100, default);

        await _server.StopAsync();
        var during = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => storage.Conversations.AppendAsync("conv-1", PostgresConversationNotifierTests.Message("during"), T0, 100, default));
        var ping = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.PingAsync(default));
        await _server.StartAsync();
        var after = await storage.Conversations.AppendAsync("conv-1", PostgresConversationNotifierTests.Message("after"), T0, 100, default);

        Assert.Contains("PostgreSQL outage at 127.0.0.1", during.Message, StringComparison.Ordinal);
        Assert.NotNull(ping.InnerException);
        Assert.Equal(2, after!.Seq);
        var page = await storage.Conversations.ReadAfterAsync("conv-1", 0, default);
        Assert.Equal(["before", "after"], page!.Activities.Select(a => a.Activity.Text));
    }

    [Fact]
    public async Task Append_AfterQuietRestart_StalePooledConnectionsDoNotFail()
    {
        var connectionString = await _server.CreateDatabaseAsync("quiet");
        await using var storage = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        await storage.Conversations.CreateAsync("conv-1", "dl_user", T0, default);

        await _server.RestartAsync();
        var appended = await storage.Conversations.AppendAsync("conv-1", PostgresConversationNotifierTests.Message("after"), T0, 100, default);

        Assert.Equal(1, appended!.Seq);
    }

    [Fact]
    public async Task Notifier_ServerRestart_ReconnectedRaisedAndLaterNotificationsArrive()
    {
        var connectionString = await _server.CreateDatabaseAsync("relisten");
        await using var storage = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default);
        var received = new NotificationRecorder(storage.Notifier!);
        await storage.Notifier!.StartAsync(default);
        await storage.Conversations.CreateAsync("conv-1", "dl_user", T0, default);

        await _server.RestartAsync();
        await received.WaitForReconnectAsync();
        await storage.Conversations.AppendAsync("conv-1", PostgresConversationNotifierTests.Message("after"), T0, 100, default);

        var notification = await received.WaitForAsync(n => n.ConversationId == "conv-1");
        Assert.Equal(1, notification.Seq);
        Assert.True(received.Reconnects >= 1);
    }

    // A crash of PostgreSQL itself (not of FaqBot) keeps every commit only with Storage:SyncEveryCommit.
    [Fact]
    public async Task Append_SyncEveryCommitThenDatabaseCrash_CommittedActivitiesSurvive()
    {
        var connectionString = await _server.CreateDatabaseAsync("crash");
        await using var storage = await PostgresStorage.OpenAsync(connectionString, StorageRole.Server, default, syncEveryCommit: true);
        await storage.Conversations.CreateAsync("conv-1", "dl_user", T0, default);
        await storage.Conversations.AppendAsync("conv-1", PostgresConversationNotifierTests.Message("committed"), T0, 100, default);

        await _server.KillAsync();
        await _server.StartAsync();
        StorageUnavailableException? firstAfterCrash = null;
        try
        {
            await storage.PingAsync(default);
        }
        catch (StorageUnavailableException ex)
        {
            firstAfterCrash = ex; // A pooled connection cut by the crash may fail once; the pool is then cleared.
        }

        var page = await storage.Conversations.ReadAfterAsync("conv-1", 0, default);
        Assert.Equal(["committed"], page!.Activities.Select(a => a.Activity.Text));
        Assert.True(firstAfterCrash is null || firstAfterCrash.InnerException is not null);
    }
}
