namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// Cheap lexical features of normalized text: each word, its first five letters (so "overdosed" and
/// "overdosing" share a feature, as do typos past the stem) and each pair of neighbouring words, hashed into
/// 2^20 buckets. Computed per word, so a window's score is a sum over its words and every window of a long
/// message is scored in one pass.
/// </summary>
public static class LexicalFeatures
{
    private const int Bits = 20;
    private const int Mask = (1 << Bits) - 1;
    private const int PrefixLength = 5;

    /// <summary>Splits normalized text into its words.</summary>
    public static string[] Words(string normalized) =>
        normalized.Length == 0 ? [] : normalized.Split(' ');

    /// <summary>The most features one word contributes.</summary>
    public const int MaxPerWord = 3;

    /// <summary>Writes the feature ids that word <paramref name="index"/> contributes into <paramref name="into"/>; returns how many.</summary>
    public static int ForWord(string[] words, int index, Span<int> into)
    {
        ArgumentNullException.ThrowIfNull(words);
        var word = words[index];
        var count = 0;
        into[count++] = Hash('u', word, null);
        if (word.Length > PrefixLength)
        {
            into[count++] = Hash('p', word.AsSpan(0, PrefixLength), null);
        }

        into[count++] = index > 0 ? Hash('b', words[index - 1], word) : Hash('s', word, null);
        return count;
    }

    /// <summary>All feature ids of a whole text, with repeats (a word twice counts twice).</summary>
    public static List<int> Of(string normalized)
    {
        var words = Words(normalized);
        var features = new List<int>(words.Length * MaxPerWord);
        Span<int> buffer = stackalloc int[MaxPerWord];
        for (var i = 0; i < words.Length; i++)
        {
            var count = ForWord(words, i, buffer);
            for (var j = 0; j < count; j++)
            {
                features.Add(buffer[j]);
            }
        }

        return features;
    }

    // FNV-1a over a tag, the first text, a separator and the second text: stable across runs and platforms.
    private static int Hash(char tag, ReadOnlySpan<char> first, string? second)
    {
        var hash = 2166136261u;
        hash = Step(hash, tag);
        foreach (var c in first)
        {
            hash = Step(hash, c);
        }

        if (second is not null)
        {
            hash = Step(hash, ' ');
            foreach (var c in second)
            {
                hash = Step(hash, c);
            }
        }

        return (int)(hash & Mask);
    }

    private static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;
}
