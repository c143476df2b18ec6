namespace FaqBot.Core.Analysis;

/// <summary>A word being stemmed in place: its characters, its length and its R1/R2 region starts.</summary>
internal ref struct StemBuffer(Span<char> chars, int length)
{
    /// <summary>The buffer; only the first <see cref="Length"/> characters are the word.</summary>
    public Span<char> Chars = chars;

    /// <summary>The current word length.</summary>
    public int Length = length;

    /// <summary>Start of region R1.</summary>
    public int P1;

    /// <summary>Start of region R2.</summary>
    public int P2;

    /// <summary>The current word.</summary>
    public readonly ReadOnlySpan<char> Word => Chars[..Length];

    /// <summary>True when the word ends with <paramref name="suffix"/>.</summary>
    public readonly bool EndsWith(string suffix) => Word.EndsWith(suffix);

    /// <summary>Replaces the last <paramref name="count"/> characters with <paramref name="replacement"/>.</summary>
    public void ReplaceEnd(int count, string replacement)
    {
        Length -= count;
        replacement.AsSpan().CopyTo(Chars[Length..]);
        Length += replacement.Length;
    }

    /// <summary>Returns the longest of <paramref name="suffixes"/> (sorted longest first) that ends the word, or null.</summary>
    public readonly string? LongestSuffix(string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (Word.EndsWith(suffix))
            {
                return suffix;
            }
        }

        return null;
    }
}
