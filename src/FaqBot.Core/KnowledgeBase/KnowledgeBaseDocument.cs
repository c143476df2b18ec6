namespace FaqBot.Core.KnowledgeBase;

/// <summary>One ingested document: its title, passages and what cleaning dropped.</summary>
/// <param name="SourceFile">Path relative to the knowledge-base folder.</param>
/// <param name="Title">Detected title (front matter, first heading line, or the file name).</param>
/// <param name="Url">URL from front matter, if any.</param>
/// <param name="Headings">The headings found, in order.</param>
/// <param name="Passages">The passages, in document order.</param>
/// <param name="Dropped">Lines removed as boilerplate, with the rule that removed each.</param>
public sealed record KnowledgeBaseDocument(
    string SourceFile,
    string Title,
    string? Url,
    IReadOnlyList<string> Headings,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<DroppedLine> Dropped)
{
    /// <summary>For a PDF, the number of pages; 0 for documents without pages.</summary>
    public int PageCount { get; init; }

    /// <summary>For a PDF, the pages that had no text to read (scanned or image-only: they need OCR).</summary>
    public IReadOnlyList<int> PagesWithoutText { get; init; } = [];
}
