namespace FaqBot.Core.Analysis;

/// <summary>One token out of an analysis chain, with offsets into the original text.</summary>
/// <param name="Term">The term text (lower case, stemmed).</param>
/// <param name="Position">The token position; tokens at one position are alternatives (synonyms).</param>
/// <param name="Start">Start offset in the analysed text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="IsSynonym">True when SynonymFilter injected the token.</param>
/// <param name="IsKeyword">True when the token was protected from stemming (an acronym).</param>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End, bool IsSynonym, bool IsKeyword);
