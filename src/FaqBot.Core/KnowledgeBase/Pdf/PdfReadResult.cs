namespace FaqBot.Core.KnowledgeBase.Pdf;

/// <summary>What was read from a PDF: blocks in reading order, the running lines dropped, and pages without text.</summary>
/// <param name="Blocks">Headings, paragraphs, list items and table rows, with their pages.</param>
/// <param name="Title">The document title from its properties, when it is a real title.</param>
/// <param name="Dropped">Running headers, footers and page numbers removed.</param>
/// <param name="PageCount">The number of pages.</param>
/// <param name="PagesWithoutText">Pages with nothing to read (scanned images or blank).</param>
internal sealed record PdfReadResult(List<Block> Blocks, string? Title, List<DroppedLine> Dropped, int PageCount, List<int> PagesWithoutText);
