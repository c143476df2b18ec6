using System.Collections.Concurrent;

namespace FaqBot.Core.Strings;

/// <summary>
/// Remembers a costly answer about a single word (its near words in an index, whether it misspells a filler word) for
/// up to <see cref="Capacity"/> words: when full it is emptied and fills again, so a flood of new words cannot grow
/// it. Holds words of questions, never whole messages, in memory only. Thread-safe; the answer must depend on the word
/// alone.
/// </summary>
internal sealed class WordMemo<TValue>(Func<string, TValue> compute)
{
    /// <summary>Words remembered at most (about 2 MB with their answers).</summary>
    internal const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, TValue> _known = new(StringComparer.Ordinal);

    /// <summary>How many words it holds now.</summary>
    internal int Count => _known.Count;

    /// <summary>The answer for <paramref name="word"/>, computed on its first use.</summary>
    public TValue Get(string word)
    {
        if (_known.TryGetValue(word, out var value))
        {
            return value;
        }

        value = compute(word);
        if (_known.Count >= Capacity)
        {
            _known.Clear();
        }

        _known.TryAdd(word, value);
        return value;
    }
}
