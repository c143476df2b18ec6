namespace FaqBot.Storage;

/// <summary>Where conversations and events are kept.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file in the data folder (WAL mode): the embedded default, one server process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by one or more replicas.</summary>
    PostgreSql,

    /// <summary>Process memory only: nothing survives a restart (tests, benchmarks).</summary>
    Memory,
}
