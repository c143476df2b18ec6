namespace FaqBot.Core.Search;

/// <summary>The outcome of one search: ranked hits, the analysed query and a calibrated confidence.</summary>
/// <param name="Hits">Hits, best first.</param>
/// <param name="Clauses">The analysed query.</param>
/// <param name="Confidence">How likely the best hit answers the question, in [0, 1].</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyList<QueryClause> Clauses, double Confidence);
