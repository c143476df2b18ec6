namespace FaqBot.Core.Analysis;

/// <summary>Drops stop words; the tokens kept keep their positions, so a dropped word leaves a gap.</summary>
public sealed class StopFilter(IReadOnlySet<string> stopWords) : ISingleTokenFilter
{
    private readonly IReadOnlySet<string> _stopWords = stopWords ?? throw new ArgumentNullException(nameof(stopWords));

    // Stop words are short; longer tokens skip the set lookup.
    private readonly int _maxLength = stopWords.Select(word => word.Length).DefaultIfEmpty(0).Max();

    /// <inheritdoc />
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Where(IsKept);
    }

    /// <inheritdoc />
    public bool TryFilter(Token token, out Token result)
    {
        result = token;
        return IsKept(token);
    }

    private bool IsKept(Token token) => token.Text.Length > _maxLength || !_stopWords.Contains(token.Text);
}
