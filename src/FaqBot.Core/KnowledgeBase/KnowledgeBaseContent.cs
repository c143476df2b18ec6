namespace FaqBot.Core.KnowledgeBase;

/// <summary>Everything read from a knowledge-base folder.</summary>
/// <param name="Documents">The ingested documents, ordered by source path.</param>
/// <param name="Curated">Curated question/answer passages from faq.md or faq.csv (empty when there is none).</param>
/// <param name="Warnings">Files skipped or partly read.</param>
public sealed record KnowledgeBaseContent(
    IReadOnlyList<KnowledgeBaseDocument> Documents,
    IReadOnlyList<Passage> Curated,
    IReadOnlyList<LoadWarning> Warnings)
{
    /// <summary>All passages: document passages in order, then curated answers.</summary>
    public IEnumerable<Passage> AllPassages => Documents.SelectMany(d => d.Passages).Concat(Curated);
}
