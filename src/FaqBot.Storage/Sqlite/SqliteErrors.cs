using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FaqBot.Storage.Sqlite;

/// <summary>Sorts Microsoft.Data.Sqlite's errors into "try later / check the disk" and plain errors.</summary>
internal static class SqliteErrors
{
    /// <summary>
    /// Whether the code means the database cannot be used right now but may be later: another process holds a lock
    /// (BUSY, LOCKED, PROTOCOL), the disk failed or filled up (IOERR, FULL), the file or folder is read-only or
    /// missing (READONLY, CANTOPEN, PERM), or memory ran out (NOMEM). A damaged file (CORRUPT, NOTADB) will not heal
    /// by waiting, so it stays a <see cref="SqliteException"/>.
    /// </summary>
    public static bool IsUnavailable(int code) => (code & 0xFF) switch
    {
        raw.SQLITE_BUSY or raw.SQLITE_LOCKED or raw.SQLITE_PROTOCOL => true,
        raw.SQLITE_IOERR or raw.SQLITE_FULL => true,
        raw.SQLITE_READONLY or raw.SQLITE_CANTOPEN or raw.SQLITE_PERM or raw.SQLITE_NOMEM => true,
        _ => false,
    };

    /// <summary>
    /// The exception to throw for <paramref name="exception"/>: a <see cref="StorageUnavailableException"/> naming the
    /// file when waiting may help, else the exception itself.
    /// </summary>
    public static Exception Map(Exception exception, string path) => exception switch
    {
        SqliteException sqlite when IsUnavailable(sqlite.SqliteErrorCode) => new StorageUnavailableException(
            $"The SQLite database {path} cannot be used right now ({Name(sqlite.SqliteErrorCode)}: {sqlite.Message}); check that the disk has space and the file is writable, and that no other program holds it.",
            sqlite),
        _ => exception,
    };

    /// <summary>The primary code's C name (SQLITE_BUSY), which is what one searches for.</summary>
    public static string Name(int code) => (code & 0xFF) switch
    {
        raw.SQLITE_ERROR => "SQLITE_ERROR",
        raw.SQLITE_PERM => "SQLITE_PERM",
        raw.SQLITE_BUSY => "SQLITE_BUSY",
        raw.SQLITE_LOCKED => "SQLITE_LOCKED",
        raw.SQLITE_NOMEM => "SQLITE_NOMEM",
        raw.SQLITE_READONLY => "SQLITE_READONLY",
        raw.SQLITE_IOERR => "SQLITE_IOERR",
        raw.SQLITE_CORRUPT => "SQLITE_CORRUPT",
        raw.SQLITE_FULL => "SQLITE_FULL",
        raw.SQLITE_CANTOPEN => "SQLITE_CANTOPEN",
        raw.SQLITE_PROTOCOL => "SQLITE_PROTOCOL",
        raw.SQLITE_CONSTRAINT => "SQLITE_CONSTRAINT",
        raw.SQLITE_MISMATCH => "SQLITE_MISMATCH",
        raw.SQLITE_MISUSE => "SQLITE_MISUSE",
        raw.SQLITE_NOTADB => "SQLITE_NOTADB",
        _ => "SQLITE_" + (code & 0xFF).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
