namespace FaqBot.Core.Search;

/// <summary>
/// What the retrieval knows about whether its best passage answers the question; the answerability model turns
/// these into a probability. Similarities are NaN-free: without vectors they are 0 and <see cref="HasVectors"/> is false.
/// </summary>
/// <param name="Coverage">Keyword coverage of the best fused passage: the share of the question's rare words it contains (unknown words weigh heavily).</param>
/// <param name="BestCoverage">The highest keyword coverage of any candidate.</param>
/// <param name="UnknownShare">The share of the question's weight carried by words the documents lack.</param>
/// <param name="Similarity">Cosine similarity of the best fused passage to the question.</param>
/// <param name="BestSimilarity">The highest cosine similarity of any passage.</param>
/// <param name="SimilarityMargin">Best similarity minus the runner-up's.</param>
/// <param name="Agreement">1 when the keyword and semantic rankings put the same passage first, else 1/rank of the keyword winner in the semantic ranking (0 when absent).</param>
/// <param name="CuratedMatch">The best fused passage's coverage when it is a curated answer, else 0.</param>
/// <param name="KeywordClauses">How many question words are known to the documents.</param>
/// <param name="HasVectors">True when the semantic side ran.</param>
/// <param name="TopScore">The fused score of the best passage (the fitted fusion's probability that it holds the answer).</param>
/// <param name="ScoreMargin">The best fused score minus the runner-up's.</param>
public sealed record AnswerabilitySignals(
    double Coverage, double BestCoverage, double UnknownShare, double Similarity, double BestSimilarity, double SimilarityMargin,
    double Agreement, double CuratedMatch, int KeywordClauses, bool HasVectors, double TopScore = 0, double ScoreMargin = 0)
{
    /// <summary>The feature names, in the order of <see cref="Features"/>.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
        ["coverage", "best_coverage", "unknown_share", "similarity", "best_similarity", "similarity_margin", "agreement", "curated", "log_clauses",
            "top_score", "score_margin"];

    /// <summary>The signals as the model's input vector.</summary>
    public double[] Features() =>
        [Coverage, BestCoverage, UnknownShare, Similarity, BestSimilarity, SimilarityMargin, Agreement, CuratedMatch, Math.Log(1 + KeywordClauses),
            TopScore, ScoreMargin];
}
