using System.Collections.Concurrent;

namespace FaqBot.Core.Analysis;

/// <summary>
/// Applies <see cref="EnglishStemmer"/> to every token not marked <see cref="TokenFlags.Keyword"/>, as
/// Lucene's SnowballFilter/PorterStemFilter. Memoizes stems in a bounded, thread-safe cache because a
/// corpus repeats a small vocabulary; once the cache is full, new words are stemmed without caching.
/// </summary>
public sealed class EnglishStemFilter : ISingleTokenFilter
{
    /// <summary>The default maximum number of cached stems.</summary>
    public const int DefaultCacheSize = 100_000;

    // Longer words are rare and would only crowd the cache.
    private const int MaxCachedWordLength = 32;

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly int _maxCacheSize;
    private int _cacheCount;

    /// <summary>Creates the filter with a cache of at most <paramref name="maxCacheSize"/> words (0 disables it).</summary>
    public EnglishStemFilter(int maxCacheSize = DefaultCacheSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxCacheSize);
        _maxCacheSize = maxCacheSize;
    }

    /// <summary>The number of words currently cached.</summary>
    public int CachedCount => Volatile.Read(ref _cacheCount);

    /// <inheritdoc />
    public IEnumerable<Token> Apply(IEnumerable<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Select(token => token.IsKeyword ? token : WithStem(token));
    }

    /// <inheritdoc />
    public bool TryFilter(Token token, out Token result)
    {
        result = token.IsKeyword ? token : WithStem(token);
        return true;
    }

    private Token WithStem(Token token)
    {
        var stem = Stem(token.Text);
        return ReferenceEquals(stem, token.Text) ? token : token with { Text = stem };
    }

    /// <summary>Returns the stem of <paramref name="word"/>, from the cache when possible.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = EnglishStemmer.Stem(word);
        if (word.Length <= MaxCachedWordLength && Volatile.Read(ref _cacheCount) < _maxCacheSize && _cache.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _cacheCount);
        }

        return stem;
    }
}
