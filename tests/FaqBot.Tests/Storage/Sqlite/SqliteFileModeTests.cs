using FaqBot.Schema.Activities;
using FaqBot.Storage;

namespace FaqBot.Tests.Storage.Sqlite;

// The data folder and the database files hold patients' messages: for the service user only, whatever the umask.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteFileModeTests : IDisposable
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly SqliteTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task OpenServer_FreshFolder_Folder0700AndEveryFile0600()
    {
        await using var storage = await _temp.OpenServerAsync();
        await storage.Conversations.CreateAsync("c1", "dl_u", DateTimeOffset.UnixEpoch, default);
        await storage.Conversations.AppendAsync("c1", new Activity { Text = "my private question" }, DateTimeOffset.UnixEpoch, 100, default);

        var folder = Path.GetDirectoryName(_temp.DatabasePath)!;
        Assert.Equal(OwnerFolder, File.GetUnixFileMode(folder));
        string[] files = [_temp.DatabasePath, _temp.DatabasePath + "-wal", _temp.DatabasePath + "-shm", _temp.DatabasePath + ".lock"];
        Assert.All(files, file => Assert.Equal((file, OwnerFile), (file, File.GetUnixFileMode(file))));
        Assert.Equal(files.Order(), Directory.GetFiles(folder).Order());
    }

    [Fact]
    public async Task OpenServer_ExistingWorldReadableDatabase_TakenBackToOwnerOnly()
    {
        await (await _temp.OpenServerAsync()).DisposeAsync();
        const UnixFileMode loose = OwnerFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(_temp.DatabasePath, loose);

        await using var storage = await _temp.OpenServerAsync();

        Assert.Equal(OwnerFile, File.GetUnixFileMode(_temp.DatabasePath));
    }
}
