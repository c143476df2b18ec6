namespace FaqBot.Core.Answering;

/// <summary>A verbatim quote from one passage, with where it comes from.</summary>
/// <param name="Text">The quoted text exactly as shown: verbatim sentences, "…" where the passage was trimmed.</param>
/// <param name="PassageId">Id of the passage quoted.</param>
/// <param name="DocumentTitle">Title of the source document.</param>
/// <param name="Heading">Heading the passage sits under, if any.</param>
/// <param name="SourceFile">Source file relative to the knowledge base.</param>
/// <param name="Url">Source URL when the document has one.</param>
/// <param name="Score">The retrieval score of the passage.</param>
/// <param name="Marks">Ranges of <paramref name="Text"/> that matched query terms, for highlighting.</param>
public sealed record Quote(
    string Text,
    string PassageId,
    string DocumentTitle,
    string? Heading,
    string SourceFile,
    string? Url,
    double Score,
    IReadOnlyList<TextRange> Marks)
{
    /// <summary>For a quote from a PDF: the page its passage starts on; null otherwise.</summary>
    public int? Page { get; init; }

    /// <summary>For a quote from a PDF: the page its passage ends on.</summary>
    public int? LastPage { get; init; }

    /// <summary>"aftercare.pdf, page 2" for a quote from a PDF; null for documents without pages.</summary>
    public string? PageReference => KnowledgeBase.PageReferences.Format(SourceFile, Page, LastPage);
}
