using FaqBot.Storage;

namespace FaqBot.Tests.Server.Storage;

// The embedded default survives kill -9: WAL with synchronous=NORMAL keeps every committed transaction.
public sealed class SqliteCrashTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-crash-").FullName;

    [Fact]
    public async Task KillDuringBurst_Restart_EveryAcknowledgedActivityReplyAndEventKept()
    {
        string[] settings = ["Storage:Provider=Sqlite", $"Storage:DataFolder={_folder}"];

        await CrashScenario.RunAsync(
            () => ServerProcess.StartAsync(settings),
            () => FaqBotStorageFactory.OpenAsync(new StorageOptions { Provider = "Sqlite", DataFolder = _folder }, _folder, StorageRole.Tool, default),
            killAfter: 60);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
