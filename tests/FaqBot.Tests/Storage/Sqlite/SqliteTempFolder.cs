using FaqBot.Storage;
using FaqBot.Storage.Sqlite;

namespace FaqBot.Tests.Storage.Sqlite;

/// <summary>A fresh folder for one test's database files, deleted on dispose.</summary>
internal sealed class SqliteTempFolder : IDisposable
{
    public SqliteTempFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "faqbot-sqlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>A database path inside a not-yet-created sub-folder, as the server's data folder would be.</summary>
    public string DatabasePath => Path.Combine(Folder, "data", "faqbot.db");

    public Task<IFaqBotStorage> OpenServerAsync() => SqliteStorage.OpenAsync(DatabasePath, StorageRole.Server, CancellationToken.None);

    public Task<IFaqBotStorage> OpenToolAsync() => SqliteStorage.OpenAsync(DatabasePath, StorageRole.Tool, CancellationToken.None);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temp folder is cleaned by the OS eventually.
        }
    }
}
