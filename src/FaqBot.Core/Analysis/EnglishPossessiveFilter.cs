namespace FaqBot.Core.Analysis;

/// <summary>Removes a trailing possessive <c>'s</c> or <c>’s</c> ("user's" → "user"), as Lucene's EnglishPossessiveFilter.</summary>
public sealed class EnglishPossessiveFilter : ISingleTokenFilter
{
    /// <inheritdoc />
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Select(Strip);
    }

    /// <inheritdoc />
    public bool TryFilter(Token token, out Token result)
    {
        result = Strip(token);
        return true;
    }

    private static Token Strip(Token token)
    {
        var text = token.Text;
        if (text.Length >= 3 && text[^1] is 's' or 'S' && text[^2] is '\'' or '\u2019')
        {
            return token with { Text = text[..^2] };
        }

        return token;
    }
}
