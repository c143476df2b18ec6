namespace FaqBot.Storage;

/// <summary>Who opens the database.</summary>
public enum StorageRole
{
    /// <summary>The server: creates the database if missing, migrates it, and (SQLite) claims it for this one process.</summary>
    Server,

    /// <summary>A tool such as <c>faqbot stats</c>: the database must exist; it may run beside the server.</summary>
    Tool,
}
