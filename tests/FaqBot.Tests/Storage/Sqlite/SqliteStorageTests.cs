using FaqBot.Schema.Events;
using FaqBot.Schema.Activities;
using FaqBot.Core.Answering;
using FaqBot.Storage;
using FaqBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FaqBot.Tests.Storage.Sqlite;

public sealed class SqliteStorageTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private readonly SqliteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OpenAsync_ServerOnFreshFolder_CreatesFileInWalModeAtCurrentVersion()
    {
        await using (var storage = await _temp.OpenServerAsync())
        {
            Assert.Equal($"SQLite {_temp.DatabasePath}", storage.Description);
            Assert.Null(storage.Notifier);
        }

        using var db = SqlitePreparedConnection.Open(_temp.DatabasePath, SqliteOpenMode.ReadOnly);
        Assert.Equal(SqliteStorage.SchemaVersion, db.ExecuteLong("PRAGMA user_version"));
        Assert.Equal("wal", db.ExecuteString("PRAGMA journal_mode"));
        Assert.Equal(5, db.ExecuteLong(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('conversations', 'activities', 'answer_events', 'feedback_events', 'settings')"));
    }

    [Fact]
    public async Task OpenAsync_Reopened_KeepsEveryKindOfData()
    {
        await using (var storage = await _temp.OpenServerAsync())
        {
            await storage.Conversations.CreateAsync("c1", "u1", T0, default);
            await storage.Conversations.AppendAsync("c1", new Activity { Text = "hello" }, T0, 100, default);
            await storage.Events.AppendAsync([new AnswerEvent("c1", "c1|0000001", "directline", "q", AnswerKind.Answer, 0.5, 1, T0)], [], default);
            await storage.GetOrCreateSettingAsync("key", "first", default);
        }

        await using var reopened = await _temp.OpenServerAsync();

        var page = await reopened.Conversations.ReadAfterAsync("c1", 0, default);
        Assert.Equal("hello", Assert.Single(page!.Activities).Activity.Text);
        Assert.Equal(1, (await reopened.Events.GetStatisticsAsync(T0, T0, default)).Days.Single().Answered);
        Assert.Equal("first", await reopened.GetOrCreateSettingAsync("key", "second", default));
    }

    [Fact]
    public async Task OpenAsync_SecondServerOnSameFile_RefusedNamingPostgreSql()
    {
        await using var first = await _temp.OpenServerAsync();

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(_temp.OpenServerAsync);

        Assert.Equal(
            $"Another FaqBot server is using {_temp.DatabasePath}. SQLite serves one server process; for several replicas set Storage:PostgreSql.",
            ex.Message);
    }

    [Fact]
    public async Task OpenAsync_ServerAfterFirstDisposed_Succeeds()
    {
        await (await _temp.OpenServerAsync()).DisposeAsync();

        await using var second = await _temp.OpenServerAsync();

        await second.PingAsync(default);
    }

    [Fact]
    public async Task OpenAsync_ToolBesideRunningServer_ReadsWhatServerCommitted()
    {
        await using var server = await _temp.OpenServerAsync();
        await server.Events.AppendAsync([new AnswerEvent("c", null, "directline", "parking?", AnswerKind.Abstain, 0, 0, T0)], [], default);

        await using var tool = await _temp.OpenToolAsync();
        var statistics = await tool.Events.GetStatisticsAsync(T0.AddDays(-1), T0.AddDays(1), default);

        Assert.Equal([new QuestionCount("parking?", 1)], statistics.Unanswered);
        Assert.Null(tool.Notifier);
    }

    [Fact]
    public async Task OpenAsync_ToolWithMissingFile_ThrowsNamingSettingsAndPath()
    {
        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(_temp.OpenToolAsync);

        Assert.Contains("Storage:DataFolder", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:SqliteFile", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_temp.DatabasePath, ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.DatabasePath));
    }

    [Fact]
    public async Task OpenAsync_ToolOnOlderSchema_AsksToStartServerAndDoesNotMigrate()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.DatabasePath)!);
        using (var db = SqlitePreparedConnection.Open(_temp.DatabasePath, SqliteOpenMode.ReadWriteCreate))
        {
            db.ExecuteScript("CREATE TABLE unrelated (x INTEGER)");
        }

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(_temp.OpenToolAsync);

        Assert.Contains("Start the FaqBot server once", ex.Message, StringComparison.Ordinal);
        using var check = SqlitePreparedConnection.Open(_temp.DatabasePath, SqliteOpenMode.ReadOnly);
        Assert.Equal(0, check.ExecuteLong("PRAGMA user_version"));
    }

    [Theory]
    [InlineData(StorageRole.Server)]
    [InlineData(StorageRole.Tool)]
    public async Task OpenAsync_DatabaseFromNewerFaqBot_Refused(StorageRole role)
    {
        await (await _temp.OpenServerAsync()).DisposeAsync();
        using (var db = SqlitePreparedConnection.Open(_temp.DatabasePath, SqliteOpenMode.ReadWrite))
        {
            db.ExecuteScript($"PRAGMA user_version = {SqliteStorage.SchemaVersion + 1}");
        }

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(() => SqliteStorage.OpenAsync(_temp.DatabasePath, role, default));

        Assert.Contains("newer FaqBot", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_temp.DatabasePath, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_FileIsNotADatabase_ThrowsStorageUnavailableAndReleasesLock()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_temp.DatabasePath)!);
        await File.WriteAllTextAsync(_temp.DatabasePath, new string('x', 8192));

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(_temp.OpenServerAsync);

        Assert.Contains("not a usable FaqBot SQLite database", ex.Message, StringComparison.Ordinal);
        File.Delete(_temp.DatabasePath);
        await using var afterwards = await _temp.OpenServerAsync();
    }

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationOnce()
    {
        await (await _temp.OpenServerAsync()).DisposeAsync();
        using var db = SqlitePreparedConnection.Open(_temp.DatabasePath, SqliteOpenMode.ReadWrite);

        // A second run is a no-op: the version says everything is applied (CREATE TABLE would fail otherwise).
        SqliteSchema.Migrate(db);

        Assert.Equal(SqliteSchema.CurrentVersion, db.ExecuteLong("PRAGMA user_version"));
    }

    [Fact]
    public async Task PingAsync_FileDeletedUnderServer_ThrowsStorageUnavailable()
    {
        await using var storage = await _temp.OpenServerAsync();
        await storage.PingAsync(default);

        File.Delete(_temp.DatabasePath);

        await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.PingAsync(default));
    }
}
