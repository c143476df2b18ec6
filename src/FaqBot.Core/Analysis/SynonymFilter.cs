namespace FaqBot.Core.Analysis;

/// <summary>
/// Injects synonyms from a <see cref="SynonymMap"/>; runs last, after stemming, so keys match stems.
/// At each token the longest matching term sequence wins. An equivalence rule keeps the matched tokens and
/// adds each alternative; an explicit (<c>=&gt;</c>) rule replaces them (a longer match replaced by a shorter
/// alternative leaves a position gap, like a stop word). Alternative tokens carry
/// <see cref="TokenFlags.Synonym"/>, start at the position of the first matched token (a multi-word
/// alternative takes consecutive positions from there) and span the offsets of the whole match.
/// Matching compares term texts only, so a stop-word gap inside a phrase does not prevent a match.
/// Output is ordered by position.
/// </summary>
public sealed class SynonymFilter(SynonymMap map) : ITokenFilter
{
    private readonly SynonymMap _map = map ?? throw new ArgumentNullException(nameof(map));

    /// <inheritdoc />
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return _map.MaxKeyLength == 0 ? tokens : Expand(tokens as IReadOnlyList<Token> ?? [.. tokens]);
    }

    private IEnumerable<Token> Expand(IReadOnlyList<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!TryMatch(tokens, i, out var length, out var rule))
            {
                yield return tokens[i++];
                continue;
            }

            foreach (var token in Emit(tokens, i, length, rule))
            {
                yield return token;
            }

            i += length;
        }
    }

    // Walks the term trie from tokens[index]; the deepest node with a rule is the longest match.
    private bool TryMatch(IReadOnlyList<Token> tokens, int index, out int length, out SynonymRule rule)
    {
        length = 0;
        rule = null!;
        var node = _map.Root;
        for (var k = index; k < tokens.Count && node.Children.TryGetValue(tokens[k].Text, out var child); k++)
        {
            node = child;
            if (node.Rule is not null)
            {
                length = k - index + 1;
                rule = node.Rule;
            }
        }

        return length > 0;
    }

    private static List<Token> Emit(IReadOnlyList<Token> tokens, int index, int length, SynonymRule rule)
    {
        var output = new List<Token>();
        if (rule.KeepOriginal)
        {
            for (var k = index; k < index + length; k++)
            {
                output.Add(tokens[k]);
            }
        }

        var first = tokens[index];
        var end = tokens[index + length - 1].End;
        foreach (var alternative in rule.Alternatives)
        {
            // "a => a, b" keeps a: emit the matched tokens themselves, unflagged, rather than a copy.
            if (!rule.KeepOriginal && IsMatchedText(tokens, index, length, alternative))
            {
                output.AddRange(Enumerable.Range(index, length).Select(k => tokens[k]));
                continue;
            }

            for (var k = 0; k < alternative.Length; k++)
            {
                output.Add(new Token(alternative[k], first.Position + k, first.Start, end, TokenFlags.Synonym));
            }
        }

        // Each alternative's tokens stay together (originals first), so a reader can tell the alternatives of a
        // multi-word rule apart: a new alternative starts wherever the position returns to the first one.
        return output;
    }

    private static bool IsMatchedText(IReadOnlyList<Token> tokens, int index, int length, string[] alternative)
    {
        if (alternative.Length != length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (alternative[k] != tokens[index + k].Text)
            {
                return false;
            }
        }

        return true;
    }
}
