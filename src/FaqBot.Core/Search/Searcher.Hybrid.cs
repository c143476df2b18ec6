namespace FaqBot.Core.Search;

public sealed partial class Searcher
{
    /// <summary>
    /// Keyword and semantic retrieval fused: Lucene plus our layer ranks by words, exact cosine over the passage
    /// vectors ranks by meaning, and reciprocal-rank fusion (<c>(1 - w)/(k + keyword rank) + w/(k + semantic rank)</c>,
    /// <c>w</c> = <see cref="SearchOptions.SemanticWeight"/>) orders the union. Without a question vector or passage
    /// vectors this is the keyword ranking. The result carries the answerability signals.
    /// </summary>
    /// <param name="question">The question.</param>
    /// <param name="questionVector">The question's embedding (computed once per turn by the answerer), or null.</param>
    /// <param name="limit">Hits to return.</param>
    public SearchResult SearchFused(string question, float[]? questionVector, int limit = 8)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = ParseQuery(question);
        return _index.Use(_ =>
        {
            var keyword = KeywordCandidates(clauses);
            var semantic = questionVector is null || _semantic.IsEmpty ? [] : _semantic.Top(questionVector, RescoreDepth);
            var similarities = semantic.Count == 0 ? null : _semantic.Similarities(questionVector);
            var hits = Fuse(keyword, semantic, similarities, clauses);
            var signals = Signals(hits, keyword, semantic, clauses);
            return new SearchResult(hits.Take(limit).ToList(), clauses, 0) { Signals = signals };
        });
    }

    private List<SearchHit> Fuse(List<SearchHit> keyword, List<(int Passage, float Similarity)> semantic, float[]? similarities, IReadOnlyList<QueryClause> clauses)
    {
        var byPassage = keyword.ToDictionary(h => h.PassageNumber);
        var unknownWeight = UnknownWeight(clauses);
        for (var rank = 0; rank < semantic.Count; rank++)
        {
            var (passage, _) = semantic[rank];
            var hit = byPassage.TryGetValue(passage, out var known) ? known : Rescore(passage, 0, clauses, unknownWeight) with { Score = 0 };
            byPassage[passage] = hit with { SemanticRank = rank + 1 };
        }

        var w = semantic.Count == 0 ? 0 : _options.SemanticWeight;
        var k = _options.FusionK;
        var fused = byPassage.Values.Select(h => h with
        {
            Similarity = similarities is null ? double.NaN : similarities[h.PassageNumber],
            Score = ((1 - w) * (h.KeywordRank > 0 ? 1 / (k + h.KeywordRank) : 0)) + (w * (h.SemanticRank > 0 ? 1 / (k + h.SemanticRank) : 0)),
        }).ToList();
        fused.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.PassageNumber.CompareTo(b.PassageNumber));
        return fused;
    }

    private static AnswerabilitySignals Signals(
        List<SearchHit> fused, List<SearchHit> keyword, List<(int Passage, float Similarity)> semantic, IReadOnlyList<QueryClause> clauses)
    {
        var known = clauses.Where(c => !c.IsUnknown).Sum(c => c.CoverageWeight);
        var unknown = clauses.Where(c => c.IsUnknown).Sum(c => c.CoverageWeight);
        var unknownShare = known + unknown > 0 ? unknown / (known + unknown) : 1;
        var knownClauses = clauses.Count(c => !c.IsUnknown);
        if (fused.Count == 0)
        {
            return new AnswerabilitySignals(0, 0, unknownShare, 0, 0, 0, 0, 0, knownClauses, semantic.Count > 0);
        }

        var best = fused[0];
        var hasVectors = semantic.Count > 0;
        var bestSimilarity = hasVectors ? semantic[0].Similarity : 0;
        var margin = semantic.Count > 1 ? semantic[0].Similarity - semantic[1].Similarity : 0;
        var agreement = !hasVectors || keyword.Count == 0 ? 0
            : semantic.FindIndex(s => s.Passage == keyword[0].PassageNumber) is var r and >= 0 ? 1.0 / (r + 1) : 0;
        return new AnswerabilitySignals(
            best.Coverage, keyword.Count == 0 ? 0 : keyword.Max(h => h.Coverage), unknownShare,
            hasVectors && !double.IsNaN(best.Similarity) ? best.Similarity : 0, bestSimilarity, margin, agreement,
            best.Passage.IsCurated ? best.Coverage : 0, knownClauses, hasVectors);
    }
}
