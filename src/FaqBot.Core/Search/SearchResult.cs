namespace FaqBot.Core.Search;

/// <summary>The outcome of one search: ranked hits, the analysed query and a confidence.</summary>
/// <param name="Hits">Hits, best first.</param>
/// <param name="Clauses">The analysed query.</param>
/// <param name="Confidence">Keyword search: the best hit's coverage. Fused search: 0 until the answerability model scores <see cref="Signals"/>.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyList<QueryClause> Clauses, double Confidence)
{
    /// <summary>The answerability signals of a fused search; null for a keyword-only search.</summary>
    public AnswerabilitySignals? Signals { get; init; }
}
