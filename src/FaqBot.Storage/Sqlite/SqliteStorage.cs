namespace FaqBot.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file, WAL mode. (Being built.)</summary>
public sealed class SqliteStorage
{
    /// <summary>Opens, creating and migrating as the role allows.</summary>
    public static Task<IFaqBotStorage> OpenAsync(string path, StorageRole role, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
