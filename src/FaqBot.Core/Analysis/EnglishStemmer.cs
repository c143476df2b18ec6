namespace FaqBot.Core.Analysis;

/// <summary>
/// The Porter2 (Snowball English) stemmer, written from the published algorithm
/// (snowballstem.org/algorithms/english/stemmer.html), in the revision with the R1 prefixes gener, commun,
/// arsen, past, univers, later, emerg and organ, the "ogist" rule and the Step 1b exceptions.
/// </summary>
/// <remarks>
/// Expects lower-case input. Works on a stack buffer; the only allocation is the result string, and none
/// when the word does not change. Thread-safe (no state).
/// </remarks>
public static partial class EnglishStemmer
{
    private const int StackLimit = 128;

    /// <summary>Returns the stem of the lower-case <paramref name="word"/>.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (TryException1(word, out var special))
        {
            return special;
        }

        // Words of one or two letters are left as they are; so are abbreviations ("u.s", "e.g") and tokens
        // with digits ("40s", "5mg"), which the algorithm was not designed for.
        if (word.Length < 3 || word.AsSpan().IndexOfAny(".0123456789") >= 0)
        {
            return word;
        }

        Span<char> buffer = word.Length + 2 <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length + 2];
        word.AsSpan().CopyTo(buffer);
        var stem = new StemBuffer(buffer, word.Length);
        Run(ref stem);
        var result = stem.Chars[..stem.Length];
        return result.SequenceEqual(word) ? word : new string(result);
    }

    private static void Run(ref StemBuffer w)
    {
        var foundY = Prelude(ref w);
        MarkRegions(ref w);
        Step1a(ref w);
        Step1b(ref w);
        Step1c(ref w);
        Step2(ref w);
        Step3(ref w);
        Step4(ref w);
        Step5(ref w);
        if (foundY)
        {
            w.Chars[..w.Length].Replace('Y', 'y');
        }
    }

    private static bool TryException1(string word, out string stem)
    {
        stem = word switch
        {
            "skis" => "ski",
            "skies" => "sky",
            "idly" => "idl",
            "gently" => "gentl",
            "ugly" => "ugli",
            "early" => "earli",
            "only" => "onli",
            "singly" => "singl",
            "sky" or "news" or "howe" or "atlas" or "cosmos" or "bias" or "andes" => word,
            _ => null!,
        };
        return stem is not null;
    }

    // Removes a leading apostrophe and marks consonant y (initial, or after a vowel) as Y.
    private static bool Prelude(ref StemBuffer w)
    {
        if (w.Length > 0 && w.Chars[0] == '\'')
        {
            w.Chars[1..w.Length].CopyTo(w.Chars);
            w.Length--;
        }

        var found = false;
        for (var i = 0; i < w.Length; i++)
        {
            if (w.Chars[i] == 'y' && (i == 0 || IsVowel(w.Chars[i - 1])))
            {
                w.Chars[i] = 'Y';
                found = true;
            }
        }

        return found;
    }

    private static readonly string[] RegionPrefixes =
        ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ"];

    // R1 starts after the first non-vowel that follows a vowel (or after a listed prefix); R2 is R1 of R1.
    private static void MarkRegions(ref StemBuffer w)
    {
        var chars = w.Chars[..w.Length];
        var p1 = -1;
        foreach (var prefix in RegionPrefixes)
        {
            if (chars.StartsWith(prefix))
            {
                p1 = prefix.Length;
                break;
            }
        }

        if (p1 < 0)
        {
            p1 = NextRegion(chars, 0);
        }

        w.P1 = p1;
        w.P2 = NextRegion(chars, p1);
    }

    private static int NextRegion(ReadOnlySpan<char> chars, int from)
    {
        var i = from;
        while (i < chars.Length && !IsVowel(chars[i]))
        {
            i++;
        }

        while (i < chars.Length && IsVowel(chars[i]))
        {
            i++;
        }

        return i < chars.Length ? i + 1 : chars.Length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsNonVowelWxy(char c) => !IsVowel(c) && c is not ('w' or 'x' or 'Y');

    // A short syllable ends at <paramref name="end"/>: non-vowel, vowel, non-vowel other than w, x, Y;
    // or vowel, non-vowel at the start of the word; or the letters "past".
    private static bool EndsWithShortSyllable(ReadOnlySpan<char> chars, int end)
    {
        if (end >= 3 && IsNonVowelWxy(chars[end - 1]) && IsVowel(chars[end - 2]) && !IsVowel(chars[end - 3]))
        {
            return true;
        }

        if (end == 2 && !IsVowel(chars[1]) && IsVowel(chars[0]))
        {
            return true;
        }

        return chars[..end].EndsWith("past");
    }

    private static bool HasVowel(ReadOnlySpan<char> chars) => chars.IndexOfAny("aeiouy") >= 0;
}
