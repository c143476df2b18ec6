using System.Collections.Concurrent;

namespace FaqBot.Core.Analysis;

/// <summary>A frozen tokenizer + filter chain; thread-safe, build once and share.</summary>
public sealed class Analyzer
{
    // Distinct surface words remembered; a knowledge base 1,000 times the seeds has about 70,000.
    private const int MaxMemoEntries = 1_000_000;

    private readonly ITokenizer _tokenizer;
    private readonly ITokenFilter[] _filters;
    private readonly ISingleTokenFilter[] _memoised;   // the leading single-token filters, when the tokenizer is a WordTokenizer
    private readonly ITokenFilter[] _rest;              // the filters after them (synonyms), applied to the list
    private readonly ConcurrentDictionary<string, (string? Term, TokenFlags Flags)> _memo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string? Term, TokenFlags Flags)>.AlternateLookup<ReadOnlySpan<char>> _memoLookup;

    internal Analyzer(ITokenizer tokenizer, IEnumerable<ITokenFilter> filters)
    {
        _tokenizer = tokenizer;
        _filters = [.. filters];
        var leading = tokenizer is WordTokenizer ? _filters.TakeWhile(f => f is ISingleTokenFilter).Cast<ISingleTokenFilter>().ToArray() : [];
        _memoised = leading;
        _rest = _filters[leading.Length..];
        _memoLookup = _memo.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Runs the chain over <paramref name="text"/> and returns the resulting tokens.</summary>
    public List<Token> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_memoised.Length == 0)
        {
            IEnumerable<Token> tokens = _tokenizer.Tokenize(text);
            foreach (var filter in _filters)
            {
                tokens = filter.Apply(tokens);
            }

            return [.. tokens];
        }

        var result = AnalyzeMemoised(text);
        if (_rest.Length == 0)
        {
            return result;
        }

        IEnumerable<Token> rest = result;
        foreach (var filter in _rest)
        {
            rest = filter.Apply(rest);
        }

        return [.. rest];
    }

    // Same output as running the single-token filters one after another, but each distinct surface word
    // goes through them once; afterwards a word costs one hash lookup on a span of the text and no allocation.
    private List<Token> AnalyzeMemoised(string text)
    {
        var result = new List<Token>();
        var index = 0;
        var position = 0;
        while (WordTokenizer.TryNext(text, ref index, out var start))
        {
            var span = text.AsSpan(start, index - start);
            if (!_memoLookup.TryGetValue(span, out var entry))
            {
                entry = FilterOne(span.ToString());
                if (_memo.Count < MaxMemoEntries)
                {
                    _memoLookup.TryAdd(span, entry);
                }
            }

            if (entry.Term is not null)
            {
                result.Add(new Token(entry.Term, position, start, index, entry.Flags));
            }

            position++;
        }

        return result;
    }

    /// <summary>The words this analyzer has memoised, as written, with the term each became (dropped words left out).</summary>
    internal IEnumerable<(string Surface, string Term)> MemoisedWords() =>
        _memo.Where(entry => entry.Value.Term is not null).Select(entry => (entry.Key, entry.Value.Term!));

    private (string? Term, TokenFlags Flags) FilterOne(string surface)
    {
        var token = new Token(surface, 0, 0, surface.Length);
        foreach (var filter in _memoised)
        {
            if (!filter.TryFilter(token, out token))
            {
                return (null, TokenFlags.None);
            }
        }

        return (token.Text, token.Flags);
    }
}
