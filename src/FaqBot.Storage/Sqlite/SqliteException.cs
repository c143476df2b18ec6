namespace FaqBot.Storage.Sqlite;

/// <summary>SQLite refused an operation for a reason that waiting will not fix (a constraint, bad SQL, a damaged file).</summary>
public sealed class SqliteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SqliteException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public SqliteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SqliteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an SQLite result code.</summary>
    public SqliteException(int extendedCode, string message)
        : base(message)
    {
        ExtendedCode = extendedCode;
    }

    /// <summary>The extended result code (for example 2067, SQLITE_CONSTRAINT_UNIQUE).</summary>
    public int ExtendedCode { get; }

    /// <summary>The primary result code (for example 19, SQLITE_CONSTRAINT).</summary>
    public int Code => ExtendedCode & 0xFF;
}
