namespace FaqBot.Core.Analysis;

/// <summary>The tokens of one text as an analysis chain left them, and the state its end left (<see cref="ReplayTokenStream"/>).</summary>
/// <param name="Tokens">The tokens, in stream order.</param>
/// <param name="EndIncrement">The position increment after the last token (stop words that ended the text).</param>
/// <param name="EndOffset">The final offset: the length of the text read.</param>
public sealed record RecordedTokens(IReadOnlyList<RecordedToken> Tokens, int EndIncrement, int EndOffset)
{
    /// <summary>No tokens.</summary>
    public static RecordedTokens Empty { get; } = new([], 0, 0);
}
