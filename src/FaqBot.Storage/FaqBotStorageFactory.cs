using FaqBot.Storage.Memory;
using FaqBot.Storage.Postgres;
using FaqBot.Storage.Sqlite;

namespace FaqBot.Storage;

/// <summary>Opens (and migrates) the database the settings name, or a new, empty memory store.</summary>
public static class FaqBotStorageFactory
{
    /// <summary>
    /// Opens the SQLite file or the PostgreSQL database of <paramref name="options"/>, or for Memory a new, empty
    /// <see cref="MemoryStorage"/> (server role only: a tool's would be its own, empty one, not the server's).
    /// Unreachable or unusable: <see cref="StorageUnavailableException"/> with a message naming the setting to check.
    /// </summary>
    public static async Task<IFaqBotStorage> OpenAsync(StorageOptions options, string baseDirectory, StorageRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options.ResolveProvider() switch
        {
            StorageProvider.Sqlite => await SqliteStorage.OpenAsync(SqlitePath(options, baseDirectory), role, cancellationToken, options.SyncEveryCommit).ConfigureAwait(false),
            StorageProvider.PostgreSql => await PostgresStorage.OpenAsync(options.PostgreSql, role, cancellationToken, options.SyncEveryCommit).ConfigureAwait(false),
            StorageProvider.Memory when role == StorageRole.Server => new MemoryStorage(),
            _ => throw new StorageConfigurationException(
                "Storage:Provider is Memory: the server keeps everything in its own memory and nothing between processes, so there is no database for a tool to open."),
        };
    }

    /// <summary>The full path of the SQLite file: DataFolder/SqliteFile, relative to <paramref name="baseDirectory"/>.</summary>
    public static string SqlitePath(StorageOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(Path.Combine(baseDirectory, options.DataFolder, options.SqliteFile));
    }
}
