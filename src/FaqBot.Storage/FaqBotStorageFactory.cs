using FaqBot.Storage.Postgres;
using FaqBot.Storage.Sqlite;

namespace FaqBot.Storage;

/// <summary>Opens (and migrates) the database the settings name.</summary>
public static class FaqBotStorageFactory
{
    /// <summary>
    /// Opens the SQLite file or the PostgreSQL database of <paramref name="options"/>. Unreachable or unusable:
    /// <see cref="StorageUnavailableException"/> with a message naming the setting to check.
    /// </summary>
    public static async Task<IFaqBotStorage> OpenAsync(StorageOptions options, string baseDirectory, StorageRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options.ResolveProvider() switch
        {
            StorageProvider.Sqlite => await SqliteStorage.OpenAsync(SqlitePath(options, baseDirectory), role, cancellationToken, options.SyncEveryCommit).ConfigureAwait(false),
            StorageProvider.PostgreSql => await PostgresStorage.OpenAsync(options.PostgreSql, role, cancellationToken, options.SyncEveryCommit).ConfigureAwait(false),
            _ => throw new StorageConfigurationException("Storage:Provider is Memory: there is no database to open."),
        };
    }

    /// <summary>The full path of the SQLite file: DataFolder/SqliteFile, relative to <paramref name="baseDirectory"/>.</summary>
    public static string SqlitePath(StorageOptions options, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetFullPath(Path.Combine(baseDirectory, options.DataFolder, options.SqliteFile));
    }
}
