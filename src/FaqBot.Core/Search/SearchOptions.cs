using System.ComponentModel.DataAnnotations;

namespace FaqBot.Core.Search;

/// <summary>Ranking and abstention settings (section "Search").</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Search";

    /// <summary>BM25 term-frequency saturation <c>k1</c>.</summary>
    /// <value>The default value is 1.2.</value>
    [Range(0.0, 3.0)] public double K1 { get; set; } = 1.2;

    /// <summary>BM25 length normalisation <c>b</c>.</summary>
    /// <value>The default value is 0.75.</value>
    [Range(0.0, 1.0)] public double B { get; set; } = 0.75;

    /// <summary>Weight of the passage body in BM25F.</summary>
    /// <value>The default value is 1.0.</value>
    [Range(0.0, 10.0)] public double BodyWeight { get; set; } = 1.0;

    /// <summary>Weight of the heading above the passage in BM25F.</summary>
    /// <value>The default value is 1.5.</value>
    [Range(0.0, 10.0)] public double HeadingWeight { get; set; } = 1.5;

    /// <summary>Weight of the document title in BM25F.</summary>
    /// <value>The default value is 0.3.</value>
    [Range(0.0, 10.0)] public double TitleWeight { get; set; } = 0.3;

    /// <summary>Weight of a curated answer's questions in BM25F.</summary>
    /// <value>The default value is 3.0.</value>
    [Range(0.0, 10.0)] public double QuestionWeight { get; set; } = 3.0;

    /// <summary>Share of a clause's score a synonym match earns (the patient's own word earns 1).</summary>
    /// <value>The default value is 0.9.</value>
    [Range(0.0, 1.0)] public double SynonymBoost { get; set; } = 0.9;

    /// <summary>Share of a clause's score a one-edit typo match earns, so a typo never outranks an exact match.</summary>
    /// <value>The default value is 0.6.</value>
    [Range(0.0, 1.0)] public double FuzzyBoost { get; set; } = 0.6;

    /// <summary>Scale of the proximity bonus for query terms close together in a passage.</summary>
    /// <value>The default value is 0.25.</value>
    [Range(0.0, 5.0)] public double ProximityWeight { get; set; } = 0.25;

    /// <summary>Share of an unseen term's idf that a word the documents lack carries in coverage.</summary>
    /// <value>The default value is 0.7.</value>
    [Range(0.0, 1.0)] public double UnknownWordWeight { get; set; } = 0.7;

    /// <summary>Each further unknown word in a question counts this share of the one before in coverage: in a long
    /// message, a third or fourth word the documents lack is more likely chatter than the topic.</summary>
    /// <value>The default value is 0.6.</value>
    [Range(0.0, 1.0)] public double UnknownWordDecay { get; set; } = 0.6;

    /// <summary>Weight, in coverage, of known words of the question that a passage does not contain.</summary>
    /// <value>The default value is 0.7.</value>
    [Range(0.0, 1.0)] public double UnmatchedWordWeight { get; set; } = 0.7;

    /// <summary>How much the share of the question's known words a passage matches weighs in its rank (0 = pure BM25F).</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 1.0)] public double CoverageInRanking { get; set; } = 0.5;

    /// <summary>Keyword search alone (no embedding model): below this coverage FaqBot says the documents don't cover the
    /// question. Follow-up suggestions use it too.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 1.0)] public double AbstainBelow { get; set; } = 0.5;

    /// <summary>Semantic retrieval with the sentence-embedding model (section "Embeddings"); false: keyword search alone, no model loaded.</summary>
    /// <value>The default value is true.</value>
    public bool UseEmbeddings { get; set; } = true;

    /// <summary>Share of the semantic ranking in reciprocal-rank fusion (used where the answerability model has no fitted fusion); 0 = keyword ranking only.</summary>
    /// <value>The default value is 0.5.</value>
    [Range(0.0, 1.0)] public double SemanticWeight { get; set; } = 0.5;

    /// <summary>The <c>k</c> of reciprocal-rank fusion, <c>1/(k + rank)</c>: larger flattens the rankings' heads. Reciprocal-rank
    /// fusion is used only where the answerability model has no fitted fusion.</summary>
    /// <value>The default value is 2.</value>
    [Range(0.0, 1000.0)] public double FusionK { get; set; } = 2;

    /// <summary>Overrides the answerability model's fitted threshold: FaqBot answers when the model's probability that its
    /// best passages answer the question is at least this; unset (null) uses the model file's threshold.</summary>
    /// <value>The default value is null.</value>
    [Range(0.0, 1.0)] public double? AnswerAbove { get; set; }

    /// <summary>A fitted answerability model (JSON, written by <c>faqbot fit</c>); unset uses the one built into FaqBot.</summary>
    /// <value>The default value is null.</value>
    public string? AnswerabilityModelPath { get; set; }

    /// <summary>When the runner-up from another topic scores at least this share of the best, FaqBot asks "did you mean…?".</summary>
    /// <value>The default value is 0.97.</value>
    [Range(0.0, 1.0)] public double ClarifyRatio { get; set; } = 0.97;

    /// <summary>Other quotes are shown only when they score at least this share of the best.</summary>
    /// <value>The default value is 0.45.</value>
    [Range(0.0, 1.0)] public double SecondaryQuoteRatio { get; set; } = 0.45;
}
