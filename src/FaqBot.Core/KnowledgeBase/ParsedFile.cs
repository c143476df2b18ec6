namespace FaqBot.Core.KnowledgeBase;

/// <summary>A document file read into blocks, before cleaning and passage building.</summary>
/// <param name="SourceFile">Path relative to the knowledge-base folder.</param>
/// <param name="Lines">The source lines passages are quoted from (.txt, .md); null when blocks carry their own text.</param>
/// <param name="Blocks">The blocks in reading order.</param>
/// <param name="Title">A title from front matter, &lt;title&gt; or document properties.</param>
/// <param name="Url">A URL from front matter.</param>
internal sealed record ParsedFile(string SourceFile, string[]? Lines, List<Block> Blocks, string? Title, string? Url)
{
    /// <summary>HTML: boilerplate was dropped by structure (nav, footer…), so the text rules do not apply.</summary>
    public bool StructuralBoilerplate { get; init; }

    /// <summary>Text files guess headings from short lines; PDF and Word files have real ones (size, weight, styles).</summary>
    public bool InferHeadings { get; init; } = true;

    /// <summary>Lines the reader already dropped (a PDF's running headers, footers and page numbers).</summary>
    public IReadOnlyList<DroppedLine> Dropped { get; init; } = [];

    /// <summary>For a PDF, the number of pages; 0 otherwise.</summary>
    public int PageCount { get; init; }

    /// <summary>For a PDF, the pages with no text to read.</summary>
    public IReadOnlyList<int> PagesWithoutText { get; init; } = [];
}
