namespace FaqBot.Core.Analysis;

/// <summary>One token as an analysis chain left it, kept to be replayed into the index (<see cref="ReplayTokenStream"/>).</summary>
/// <param name="Term">The term text.</param>
/// <param name="Increment">The position increment (above 1 after dropped stop words).</param>
/// <param name="Start">Start offset in the analysed text.</param>
/// <param name="End">End offset (exclusive).</param>
public readonly record struct RecordedToken(string Term, int Increment, int Start, int End);
