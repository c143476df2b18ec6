namespace FaqBot.Core.KnowledgeBase;

/// <summary>A block of a document: one or more consecutive source lines (or one HTML element).</summary>
/// <param name="Kind">The block kind.</param>
/// <param name="StartLine">First source line, 1-based (0 when unknown).</param>
/// <param name="EndLine">Last source line, 1-based, inclusive.</param>
/// <param name="Text">Verbatim text (lines joined with '\n'); for HTML the normalized element text.</param>
internal sealed record Block(BlockKind Kind, int StartLine, int EndLine, string Text)
{
    /// <summary>The text on one line (line breaks as spaces), for rule matching.</summary>
    public string MatchText { get; } = string.Join(' ', Text.Split('\n').Select(l => l.Trim()));

    /// <summary>For a PDF, the 1-based page the block starts on; 0 for documents without pages.</summary>
    public int Page { get; init; }

    /// <summary>For a PDF, the page the block ends on (a paragraph can run over a page break).</summary>
    public int LastPage { get; init; }

    /// <summary>True for list items of any kind (table rows read like items: they stay together).</summary>
    public bool IsItem => Kind is BlockKind.DashItem or BlockKind.NumberedItem or BlockKind.TermItem or BlockKind.TableRow;

    /// <summary>The number of words.</summary>
    public int Words => TextHeuristics.WordCount(MatchText);
}
