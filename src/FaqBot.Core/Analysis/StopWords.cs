namespace FaqBot.Core.Analysis;

/// <summary>Stop word sets.</summary>
public static class StopWords
{
    /// <summary>
    /// Lucene's EnglishAnalyzer default stop set (33 words), unchanged. It includes "no" and "not"; we keep
    /// the standard set because negation does not change which passage answers a question, and a dropped
    /// word still leaves a position gap so phrase distances stay honest.
    /// </summary>
    public static IReadOnlySet<string> English { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
        "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
        "to", "was", "will", "with",
    };
}
