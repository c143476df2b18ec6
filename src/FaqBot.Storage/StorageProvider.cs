namespace FaqBot.Storage;

/// <summary>Where conversations and events are kept.</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file in the data folder (WAL mode): the embedded default, one server process.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by one or more replicas.</summary>
    PostgreSql,

    /// <summary>
    /// Process memory only (<see cref="Memory.MemoryStorage"/>): the server runs the same conversation store and event
    /// sink over it, but nothing survives a restart and no other process can read it (tests, benchmarks, trying FaqBot out).
    /// </summary>
    Memory,
}
