namespace FaqBot.Core.Analysis;

/// <summary>Steps 2 to 5 of Porter2; each list is sorted longest first so the first hit is the longest suffix.</summary>
public static partial class EnglishStemmer
{
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
}
