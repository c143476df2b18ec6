namespace FaqBot.Core.KnowledgeBase;

/// <summary>A verbatim passage of a knowledge-base document: a paragraph, or a lead-in line with its list items.</summary>
/// <param name="Id">Stable id: derived from the source file and the passage text, unchanged when other passages move.</param>
/// <param name="DocumentTitle">The title of the document the passage belongs to.</param>
/// <param name="Heading">The heading the passage sits under, or null before the first heading.</param>
/// <param name="SourceFile">Path of the source file relative to the knowledge-base folder, with '/' separators.</param>
/// <param name="StartLine">First line of the passage in the source file (1-based).</param>
/// <param name="EndLine">Last line of the passage in the source file (1-based, inclusive).</param>
/// <param name="Text">The passage text exactly as in the source (lines joined with '\n').</param>
public sealed record Passage(
    string Id,
    string DocumentTitle,
    string? Heading,
    string SourceFile,
    int StartLine,
    int EndLine,
    string Text)
{
    /// <summary>The document's URL when its front matter gives one.</summary>
    public string? Url { get; init; }

    /// <summary>For a curated answer: the question and its alternate phrasings; empty for document passages.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>For a paged document (PDF): the 1-based page the passage starts on; null for other documents.</summary>
    public int? Page { get; init; }

    /// <summary>For a paged document: the page the passage ends on (after <see cref="Page"/> when it runs over a page break).</summary>
    public int? LastPage { get; init; }

    /// <summary>Where a paged passage is, for a quote's source line ("aftercare.pdf, page 2"); null when it has no page.</summary>
    public string? PageReference => PageReferences.Format(SourceFile, Page, LastPage);

    /// <summary>True when the passage is a curated answer from faq.md / faq.csv.</summary>
    public bool IsCurated => Questions.Count > 0;
}
