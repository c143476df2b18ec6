namespace FaqBot.Core.Analysis;

/// <summary>
/// Sets <see cref="TokenFlags.Keyword"/> on acronyms so the stemmer leaves them alone, as Lucene's
/// SetKeywordMarkerFilter: tokens in a configured set (case-insensitive) and, optionally, any all-capital
/// token of 2–6 letters as written in the original text. Must run before <see cref="LowerCaseFilter"/>.
/// </summary>
public sealed class KeywordMarkerFilter : ISingleTokenFilter
{
    private readonly HashSet<string> _keywords;
    private readonly bool _markAllCaps;
    private readonly int _maxKeywordLength;

    /// <summary>Creates the filter over <paramref name="keywords"/>; <paramref name="markAllCaps"/> also marks CAPS tokens.</summary>
    public KeywordMarkerFilter(IEnumerable<string> keywords, bool markAllCaps = true)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        _keywords = new HashSet<string>(keywords, StringComparer.OrdinalIgnoreCase);
        _markAllCaps = markAllCaps;
        _maxKeywordLength = _keywords.Select(word => word.Length).DefaultIfEmpty(0).Max();
    }

    /// <inheritdoc />
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Select(Mark);
    }

    /// <inheritdoc />
    public bool TryFilter(Token token, out Token result)
    {
        result = Mark(token);
        return true;
    }

    private Token Mark(Token token) => IsKeyword(token.Text) ? token with { Flags = token.Flags | TokenFlags.Keyword } : token;

    // The length check spares most tokens the case-insensitive hash.
    private bool IsKeyword(string text) =>
        (text.Length <= _maxKeywordLength && _keywords.Contains(text)) || (_markAllCaps && IsAcronymShape(text));

    /// <summary>True for 2–6 characters that are all upper-case letters ("NMDA", "LTP").</summary>
    public static bool IsAcronymShape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
