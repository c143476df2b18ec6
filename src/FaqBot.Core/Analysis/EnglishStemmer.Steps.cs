namespace FaqBot.Core.Analysis;

/// <summary>Steps 1a to 5 of Porter2; each list is sorted longest first so the first hit is the longest suffix.</summary>
public static partial class EnglishStemmer
{
    private static readonly string[] Step1aSuffixes = ["sses", "ied", "ies", "us", "ss", "s"];
    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];
    private static readonly string[] Step1bKeptIng = ["inn", "out", "cann", "herr", "earr", "even"];
    private static readonly string[] Step1bKeptEed = ["proc", "exc", "succ"];

    private static readonly string[] Step2Suffixes =
    [
        "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli", "entli", "ation",
        "alism", "aliti", "ousli", "iviti", "fulli", "ogist", "enci", "anci", "abli", "izer", "ator", "alli",
        "bli", "ogi", "li",
    ];

    private static readonly string[] Step3Suffixes =
        ["ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize",
        "ion", "al", "er", "ic",
    ];

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

    private static void Step2(ref StemBuffer w)
    {
        var suffix = w.LongestSuffix(Step2Suffixes);
        if (suffix is null || w.Length - suffix.Length < w.P1)
        {
            return;
        }

        var before = w.Length - suffix.Length - 1;
        var replacement = suffix switch
        {
            "tional" => "tion",
            "enci" => "ence",
            "anci" => "ance",
            "abli" => "able",
            "entli" => "ent",
            "izer" or "ization" => "ize",
            "ational" or "ation" or "ator" => "ate",
            "alism" or "aliti" or "alli" => "al",
            "fulness" or "fulli" => "ful",
            "ousli" or "ousness" => "ous",
            "iveness" or "iviti" => "ive",
            "biliti" or "bli" => "ble",
            "ogist" => "og",
            "ogi" => before >= 0 && w.Chars[before] == 'l' ? "og" : null,
            "lessli" => "less",
            "li" => before >= 0 && w.Chars[before] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't' ? string.Empty : null,
            _ => null,
        };
        if (replacement is not null)
        {
            w.ReplaceEnd(suffix.Length, replacement);
        }
    }

    private static void Step3(ref StemBuffer w)
    {
        var suffix = w.LongestSuffix(Step3Suffixes);
        if (suffix is null || w.Length - suffix.Length < w.P1)
        {
            return;
        }

        var replacement = suffix switch
        {
            "tional" => "tion",
            "ational" => "ate",
            "alize" => "al",
            "icate" or "iciti" or "ical" => "ic",
            "ful" or "ness" => string.Empty,
            "ative" => w.Length - suffix.Length >= w.P2 ? string.Empty : null,
            _ => null,
        };
        if (replacement is not null)
        {
            w.ReplaceEnd(suffix.Length, replacement);
        }
    }

    private static void Step4(ref StemBuffer w)
    {
        var suffix = w.LongestSuffix(Step4Suffixes);
        if (suffix is null || w.Length - suffix.Length < w.P2)
        {
            return;
        }

        var before = w.Length - suffix.Length - 1;
        if (suffix != "ion" || (before >= 0 && w.Chars[before] is 's' or 't'))
        {
            w.Length -= suffix.Length;
        }
    }

    private static void Step5(ref StemBuffer w)
    {
        if (w.Length == 0)
        {
            return;
        }

        var last = w.Length - 1;
        if (w.Chars[last] == 'e')
        {
            if (last >= w.P2 || (last >= w.P1 && !EndsWithShortSyllable(w.Word, last)))
            {
                w.Length--;
            }
        }
        else if (w.Chars[last] == 'l' && last >= w.P2 && last > 0 && w.Chars[last - 1] == 'l')
        {
            w.Length--;
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
