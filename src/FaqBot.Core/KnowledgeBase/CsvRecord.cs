namespace FaqBot.Core.KnowledgeBase;

/// <summary>One CSV record with its 1-based line range, or the error that stopped reading.</summary>
/// <param name="Fields">The unquoted field values.</param>
/// <param name="StartLine">First line of the record.</param>
/// <param name="EndLine">Last line of the record (records may span lines inside quotes).</param>
/// <param name="Error">What was malformed, or null.</param>
internal sealed record CsvRecord(IReadOnlyList<string> Fields, int StartLine, int EndLine, string? Error = null);
