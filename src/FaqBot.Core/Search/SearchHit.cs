using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Search;

/// <summary>One ranked passage.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="PassageNumber">Its number in the index.</param>
/// <param name="Score">BM25F score plus proximity bonus.</param>
/// <param name="Coverage">Share of the query's weight (idf) that the passage matches, in [0, 1].</param>
/// <param name="MatchedTerms">The index terms of the query that the passage contains.</param>
public sealed record SearchHit(Passage Passage, int PassageNumber, double Score, double Coverage, IReadOnlyList<string> MatchedTerms);
