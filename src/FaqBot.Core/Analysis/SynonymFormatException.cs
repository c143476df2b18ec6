namespace FaqBot.Core.Analysis;

/// <summary>A synonyms file has a malformed line; the message names the file and the line number.</summary>
public sealed class SynonymFormatException : FormatException
{
    /// <summary>Creates the exception for line <paramref name="lineNumber"/> of <paramref name="sourceName"/>.</summary>
    public SynonymFormatException(string sourceName, int lineNumber, string reason)
        : base($"{sourceName}:{lineNumber}: {reason}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>The file (or other source) that holds the bad line.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based number of the bad line.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong with the line.</summary>
    public string Reason { get; }
}
