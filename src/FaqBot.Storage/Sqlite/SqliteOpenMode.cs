namespace FaqBot.Storage.Sqlite;

/// <summary>How a connection opens its file.</summary>
internal enum SqliteOpenMode
{
    /// <summary>Read and write; creates the file when it is missing.</summary>
    ReadWriteCreate,

    /// <summary>Read and write; the file must exist.</summary>
    ReadWrite,

    /// <summary>Read only; the file must exist.</summary>
    ReadOnly,
}
