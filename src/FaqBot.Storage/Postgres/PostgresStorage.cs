namespace FaqBot.Storage.Postgres;

/// <summary>PostgreSQL, shared by replicas. (Being built.)</summary>
public sealed class PostgresStorage
{
    /// <summary>Opens and migrates.</summary>
    public static Task<IFaqBotStorage> OpenAsync(string connectionString, StorageRole role, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
