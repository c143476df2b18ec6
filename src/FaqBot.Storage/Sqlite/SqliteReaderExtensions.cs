using Microsoft.Data.Sqlite;

namespace FaqBot.Storage.Sqlite;

/// <summary>Reads a column that may be NULL.</summary>
internal static class SqliteReaderExtensions
{
    public static string? GetStringOrNull(this SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
