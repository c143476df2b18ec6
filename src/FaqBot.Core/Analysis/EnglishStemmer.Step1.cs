namespace FaqBot.Core.Analysis;

/// <summary>Step 1 of Porter2: plurals and possessives (1a), -ed/-ing (1b), final y (1c).</summary>
public static partial class EnglishStemmer
{
    private static readonly string[] Step1aSuffixes = ["sses", "ied", "ies", "us", "ss", "s"];
    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];
    private static readonly string[] Step1bKeptIng = ["inn", "out", "cann", "herr", "earr", "even"];
    private static readonly string[] Step1bKeptEed = ["proc", "exc", "succ"];

    private static void Step1a(ref StemBuffer w)
    {
        if (w.EndsWith("'s'"))
        {
            w.Length -= 3;
        }
        else if (w.EndsWith("'s"))
        {
            w.Length -= 2;
        }
        else if (w.EndsWith("'"))
        {
            w.Length -= 1;
        }

        switch (w.LongestSuffix(Step1aSuffixes))
        {
            case "sses":
                w.ReplaceEnd(4, "ss");
                break;
            case "ied" or "ies":
                // "cries" → "cri" but "ties" → "tie": keep the e when one letter precedes.
                w.ReplaceEnd(3, w.Length > 4 ? "i" : "ie");
                break;
            case "s":
                // Delete when a vowel occurs before the letter just ahead of the s ("gaps" → "gap", "gas" stays).
                if (w.Length >= 3 && HasVowel(w.Word[..(w.Length - 2)]))
                {
                    w.Length--;
                }

                break;
        }
    }

    private static void Step1b(ref StemBuffer w)
    {
        var suffix = w.LongestSuffix(Step1bSuffixes);
        if (suffix is null)
        {
            return;
        }

        var stem = w.Word[..(w.Length - suffix.Length)];
        if (suffix is "eed" or "eedly")
        {
            if (!IsOneOf(stem, Step1bKeptEed) && w.Length - suffix.Length >= w.P1)
            {
                w.ReplaceEnd(suffix.Length, "ee");
            }

            return;
        }

        if (suffix == "ing")
        {
            // "dying" → "die", "vying" → "vie"; "inning", "outing", "evening"… stay as they are.
            if (stem.Length == 2 && stem[1] == 'y' && !IsVowel(stem[0]))
            {
                w.ReplaceEnd(4, "ie");
                return;
            }

            if (IsOneOf(stem, Step1bKeptIng))
            {
                return;
            }
        }

        if (!HasVowel(stem))
        {
            return;
        }

        w.Length -= suffix.Length;
        if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
        {
            w.ReplaceEnd(0, "e");
        }
        else if (EndsWithDouble(w.Word))
        {
            // "hopp" → "hop", but the three-letter words "add", "egg", "off"… keep their double.
            if (!(w.Length == 3 && w.Chars[0] is 'a' or 'e' or 'o'))
            {
                w.Length--;
            }
        }
        else if (w.Length == w.P1 && EndsWithShortSyllable(w.Word, w.Length))
        {
            w.ReplaceEnd(0, "e");
        }
    }

    private static void Step1c(ref StemBuffer w)
    {
        var last = w.Length - 1;
        if (w.Length > 2 && w.Chars[last] is 'y' or 'Y' && !IsVowel(w.Chars[last - 1]))
        {
            w.Chars[last] = 'i';
        }
    }

    private static bool EndsWithDouble(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[^1] == word[^2] && word[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    private static bool IsOneOf(ReadOnlySpan<char> stem, string[] words)
    {
        foreach (var candidate in words)
        {
            if (stem.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
