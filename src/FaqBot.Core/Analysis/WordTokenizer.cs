using System.Globalization;
using System.Text;

namespace FaqBot.Core.Analysis;

/// <summary>
/// Splits English prose into word tokens, in the spirit of Lucene's StandardTokenizer (UAX #29 word rules).
/// </summary>
/// <remarks>
/// A token is a run of letters, digits and combining marks in any script (so right-to-left text works).
/// An apostrophe (<c>'</c> or <c>’</c>) stays inside a token between two letters ("don't"), a period or a
/// comma between two digits ("3.5", "1,000"), as UAX #29's MidLetter/MidNum rules do. A period between
/// letters stays only in abbreviations, where the letter runs on both sides are at most two long ("e.g"
/// from "e.g.", "Ph.D"): unlike UAX #29 we split "show.How", a missing space that web page dumps often
/// have. A trailing period, hyphens, slashes and all other punctuation split: "brain-derived" gives
/// "brain" and "derived". Emoji and other symbols are separators (Lucene
/// would emit them as EMOJI tokens, but they carry no meaning for our retrieval), and so are the
/// zero-width characters U+200B..U+200D and U+FEFF. The scan is a single forward pass with no
/// backtracking, so long inputs cost linear time.
/// </remarks>
public sealed class WordTokenizer : ITokenizer
{
    /// <summary>Tokens longer than this many characters are split, as Lucene's maxTokenLength (255).</summary>
    public const int MaxTokenLength = 255;

    /// <inheritdoc />
    public IEnumerable<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text);
    }

    private static IEnumerable<Token> Scan(string text)
    {
        var position = 0;
        var index = 0;
        while (TryNext(text, ref index, out var start))
        {
            yield return new Token(text[start..index], position++, start, index);
        }
    }

    /// <summary>Finds the next token at or after <paramref name="index"/>: it spans [start, index) afterwards.</summary>
    internal static bool TryNext(string text, ref int index, out int start)
    {
        while (index < text.Length)
        {
            if (!IsWordAt(text, index, out var width))
            {
                index += width;
                continue;
            }

            start = index;
            index += width;
            while (index < text.Length && index - start < MaxTokenLength)
            {
                if (IsWordAt(text, index, out width))
                {
                    index += width;
                }
                else if (IsJoinerBetween(text, index, start, out width))
                {
                    index += width;
                }
                else
                {
                    break;
                }
            }

            return true;
        }

        start = index;
        return false;
    }

    private static bool IsWordAt(string text, int index, out int width)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return false;
        }

        return IsWordRune(rune);
    }

    private static bool IsWordRune(Rune rune)
    {
        if (Rune.IsLetterOrDigit(rune))
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.LetterNumber;
    }

    // A joiner (apostrophe, period, comma) counts only with a word character on both sides; the
    // period and comma additionally follow UAX #29: letters around a period, digits around a comma.
    private static bool IsJoinerBetween(string text, int index, int tokenStart, out int width)
    {
        width = 1;
        var joiner = text[index];
        if (joiner is not ('\'' or '\u2019' or '.' or ',') || index + 1 >= text.Length || index == tokenStart)
        {
            return false;
        }

        if (!IsWordAt(text, index + 1, out _))
        {
            return false;
        }

        var before = text[index - 1];
        var after = text[index + 1];
        return joiner switch
        {
            '.' => (char.IsDigit(before) && char.IsDigit(after)) || IsAbbreviationPeriod(text, index, tokenStart),
            ',' => char.IsDigit(before) && char.IsDigit(after),
            _ => char.IsLetter(before) && char.IsLetter(after),
        };
    }

    private static bool IsAbbreviationPeriod(string text, int index, int tokenStart)
    {
        const int MaxRun = 2;
        var before = 0;
        for (var i = index - 1; i >= tokenStart && char.IsLetter(text[i]); i--)
        {
            if (++before > MaxRun)
            {
                return false;
            }
        }

        var after = 0;
        for (var i = index + 1; i < text.Length && char.IsLetter(text[i]); i++)
        {
            if (++after > MaxRun)
            {
                return false;
            }
        }

        return before > 0 && after > 0;
    }
}
