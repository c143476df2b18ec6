using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Search;

/// <summary>One ranked passage.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="PassageNumber">Its number in the index (the Lucene document number).</param>
/// <param name="Score">The ranking score: Lucene's BM25 plus our proximity and coverage layer, or, after fusion, the fused score.</param>
/// <param name="Coverage">Share of the query's weight (idf) that the passage matches, in [0, 1].</param>
/// <param name="MatchedTerms">The index terms of the query that the passage contains.</param>
public sealed record SearchHit(Passage Passage, int PassageNumber, double Score, double Coverage, IReadOnlyList<string> MatchedTerms)
{
    /// <summary>Cosine similarity of the passage's vector to the question's; NaN without vectors.</summary>
    public double Similarity { get; init; } = double.NaN;

    /// <summary>Cosine similarity of the whole passage's vector to the question's (<see cref="Similarity"/> may be a sentence's); NaN without vectors.</summary>
    public double PassageSimilarity { get; init; } = double.NaN;

    /// <summary>The sentence of the passage (0-based, in <see cref="Highlighting.SentenceSplitter"/>'s split) whose vector was the
    /// closest to the question's; -1 when the whole passage's was, or without vectors.</summary>
    public int BestSentence { get; init; } = -1;

    /// <summary>1-based rank in the keyword ranking; 0 when the keyword search did not return it.</summary>
    public int KeywordRank { get; init; }

    /// <summary>1-based rank in the semantic ranking; 0 when the semantic search did not return it.</summary>
    public int SemanticRank { get; init; }

    /// <summary>The keyword score (Lucene plus our layer) before fusion; 0 when the keyword search did not return it.</summary>
    public double KeywordScore { get; init; }

    /// <summary>The highest similarity to the question of a labelled question whose evidence this passage holds
    /// (<see cref="Answerability.ScopeModel.EvidenceSimilarities"/>); 0 when none does or nothing was labelled.</summary>
    public double LabelledSimilarity { get; init; }
}
