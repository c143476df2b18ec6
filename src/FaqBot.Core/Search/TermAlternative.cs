namespace FaqBot.Core.Search;

/// <summary>An index term that may stand for a query word.</summary>
/// <param name="Term">The term text.</param>
/// <param name="Boost">1 for the word's own term, less for a synonym or a near-miss spelling.</param>
public readonly record struct TermAlternative(string Term, float Boost);
