namespace FaqBot.Core.Analysis;

/// <summary>Lower-cases token text with the invariant culture, as Lucene's LowerCaseFilter.</summary>
public sealed class LowerCaseFilter : ISingleTokenFilter
{
    /// <inheritdoc />
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Select(Lower);
    }

    /// <inheritdoc />
    public bool TryFilter(Token token, out Token result)
    {
        result = Lower(token);
        return true;
    }

    private static Token Lower(Token token)
    {
        // Most tokens are already lower case; skip the allocation for them.
        foreach (var c in token.Text)
        {
            if (char.IsUpper(c))
            {
                return token with { Text = token.Text.ToLowerInvariant() };
            }
        }

        return token;
    }
}
