namespace FaqBot.Core.KnowledgeBase;

/// <summary>A source line the boilerplate cleaner removed, and the rule that removed it.</summary>
/// <param name="SourceFile">Path relative to the knowledge-base folder.</param>
/// <param name="Line">1-based line number (for a PDF, the line of the document's extracted text).</param>
/// <param name="Text">The line as it was.</param>
/// <param name="Rule">The name of the rule that dropped it (e.g. "byline", "also-read").</param>
public sealed record DroppedLine(string SourceFile, int Line, string Text, string Rule)
{
    /// <summary>For a PDF, the 1-based page the line was on; null for other documents.</summary>
    public int? Page { get; init; }
}
