using FaqBot.Core.Search.Answerability;

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
    /// <param name="ranker">A fitted fusion: scores each candidate from its <see cref="CandidateFeatures"/>; null uses reciprocal-rank fusion.</param>
    /// <param name="labelled">Per passage id, the similarity of the closest labelled question it answers (<see cref="ScopeModel.EvidenceSimilarities"/>); null: none.</param>
    public SearchResult SearchFused(
        string question, float[]? questionVector, int limit = 8, LogisticModel? ranker = null, IReadOnlyDictionary<string, float>? labelled = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var clauses = ParseQuery(question);
        return _index.Use(_ =>
        {
            var matches = questionVector is null || _semantic.IsEmpty || questionVector.Length != _semantic.Dimensions
                ? null : _semantic.Match(questionVector, RescoreDepth);
            var semantic = matches?.Top ?? [];
            var (keyword, terms) = KeywordCandidates(clauses, semantic.Select(s => s.Passage));
            var hits = Fuse(keyword, semantic, matches, clauses, terms, ranker, labelled);
            var signals = Signals(hits, keyword, semantic, clauses);
            return new SearchResult(hits.Take(limit).ToList(), clauses, 0) { Signals = signals };
        });
    }

    private List<SearchHit> Fuse(
        List<SearchHit> keyword, IReadOnlyList<(int Passage, float Similarity)> semantic, SemanticMatches? matches, IReadOnlyList<QueryClause> clauses,
        CandidateTerms terms, LogisticModel? ranker, IReadOnlyDictionary<string, float>? labelled)
    {
        var byPassage = keyword.ToDictionary(h => h.PassageNumber);
        var unknownWeight = UnknownWeight(clauses);
        for (var rank = 0; rank < semantic.Count; rank++)
        {
            var (passage, _) = semantic[rank];
            var hit = byPassage.TryGetValue(passage, out var known) ? known : Rescore(passage, 0, clauses, unknownWeight, terms) with { Score = 0 };
            byPassage[passage] = hit with { SemanticRank = rank + 1 };
        }

        var w = semantic.Count == 0 ? 0 : _options.SemanticWeight;
        var k = _options.FusionK;
        var candidates = byPassage.Values.Select(h => matches is null ? h : h with
            {
                Similarity = matches.Best(h.PassageNumber), PassageSimilarity = matches.Whole(h.PassageNumber), BestSentence = matches.BestSentence(h.PassageNumber),
                LabelledSimilarity = labelled is not null && labelled.TryGetValue(h.Passage.Id, out var similarity) ? similarity : 0,
            }).ToList();
        var best = BestOf.Of(candidates);
        var fused = candidates.Select(h => h with
            {
                Score = ranker is not null
                    ? ranker.Predict(CandidateFeatures(h, best))
                    : ((1 - w) * (h.KeywordRank > 0 ? 1 / (k + h.KeywordRank) : 0)) + (w * (h.SemanticRank > 0 ? 1 / (k + h.SemanticRank) : 0)),
            }).ToList();
        fused.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.PassageNumber.CompareTo(b.PassageNumber));
        return fused;
    }

    /// <summary>The names of <see cref="CandidateFeatures"/>, in order.</summary>
    public static IReadOnlyList<string> CandidateFeatureNames { get; } =
        [
            "similarity", "similarity_gap", "keyword_score", "coverage", "keyword_rr", "semantic_rr", "passage_similarity", "passage_similarity_gap",
            "labelled_similarity", "labelled_gap",
        ];

    /// <summary>What the fitted fusion ranks a candidate passage by: its similarity and keyword evidence, and how close
    /// the nearest labelled question it answers is, each absolute and relative to the best candidate of the question.</summary>
    public static double[] CandidateFeatures(SearchHit hit, BestOf best)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(best);
        var similarity = double.IsNaN(hit.Similarity) ? 0 : hit.Similarity;
        var whole = double.IsNaN(hit.PassageSimilarity) ? 0 : hit.PassageSimilarity;
        return
        [
            similarity, similarity - best.Similarity, best.KeywordScore > 0 ? hit.KeywordScore / best.KeywordScore : 0, hit.Coverage,
            hit.KeywordRank > 0 ? 1.0 / hit.KeywordRank : 0, hit.SemanticRank > 0 ? 1.0 / hit.SemanticRank : 0, whole, whole - best.PassageSimilarity,
            hit.LabelledSimilarity, hit.LabelledSimilarity - best.LabelledSimilarity,
        ];
    }

    /// <summary>The best evidence among a question's candidates, which each candidate's features are relative to.</summary>
    /// <param name="KeywordScore">The best keyword score.</param>
    /// <param name="Similarity">The best similarity (whole passage or sentence).</param>
    /// <param name="PassageSimilarity">The best whole-passage similarity among the candidates.</param>
    /// <param name="LabelledSimilarity">The best <see cref="SearchHit.LabelledSimilarity"/> among the candidates.</param>
    public sealed record BestOf(double KeywordScore, double Similarity, double PassageSimilarity, double LabelledSimilarity)
    {
        /// <summary>The best of a question's candidates (all of them, before fusion keeps the best few).</summary>
        public static BestOf Of(IReadOnlyCollection<SearchHit> candidates)
        {
            ArgumentNullException.ThrowIfNull(candidates);
            static double Max(IEnumerable<double> values) => values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max();
            return new BestOf(
                Max(candidates.Select(h => h.KeywordScore)), Max(candidates.Select(h => h.Similarity)), Max(candidates.Select(h => h.PassageSimilarity)),
                Max(candidates.Select(h => h.LabelledSimilarity)));
        }
    }

    private static AnswerabilitySignals Signals(
        List<SearchHit> fused, List<SearchHit> keyword, IReadOnlyList<(int Passage, float Similarity)> semantic, IReadOnlyList<QueryClause> clauses)
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
            : semantic.Select(s => s.Passage).ToList().IndexOf(keyword[0].PassageNumber) is var r and >= 0 ? 1.0 / (r + 1) : 0;
        return new AnswerabilitySignals(
            best.Coverage, keyword.Count == 0 ? 0 : keyword.Max(h => h.Coverage), unknownShare,
            hasVectors && !double.IsNaN(best.Similarity) ? best.Similarity : 0, bestSimilarity, margin, agreement,
            best.Passage.IsCurated ? best.Coverage : 0, knownClauses, hasVectors,
            best.Score, fused.Count > 1 ? best.Score - fused[1].Score : best.Score);
    }
}
