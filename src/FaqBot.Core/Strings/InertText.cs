using System.Text;

namespace FaqBot.Core.Strings;

/// <summary>
/// Makes text typed by someone else safe to show to staff or to write to a log: control characters (terminal escapes,
/// NUL, line breaks) become spaces, and characters that hide or reorder text are removed: bidirectional embeddings,
/// overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C) and zero-width characters
/// (U+200B–200D, U+2060, U+FEFF, U+180E). What remains reads as it will be interpreted.
/// </summary>
public static class InertText
{
    /// <summary>Whether <paramref name="ch"/> is removed outright (it has no visible width or reorders what follows).</summary>
    public static bool IsHidden(char ch) => ch is
        (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2069')
        or '\uFEFF' or '\u180E' or '\u061C';

    /// <summary>
    /// The text with hidden characters removed and control characters turned into spaces; with
    /// <paramref name="keepLineBreaks"/>, <c>\n</c> stays (multi-line Markdown). Returns the same instance when clean.
    /// </summary>
    public static string Clean(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text, keepLineBreaks))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (IsHidden(ch))
            {
                continue;
            }

            sb.Append(char.IsControl(ch) && !(keepLineBreaks && ch == '\n') ? ' ' : ch);
        }

        return sb.ToString();
    }

    /// <summary>
    /// <see cref="Clean"/> on one line: runs of white space collapsed to one space, trimmed, and at most
    /// <paramref name="maxLength"/> characters (then "…", never splitting a surrogate pair).
    /// </summary>
    public static string OneLine(string text, int maxLength = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var cleaned = Whitespace.Collapse(Clean(text));
        if (cleaned.Length <= maxLength)
        {
            return cleaned;
        }

        var cut = char.IsHighSurrogate(cleaned[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return cleaned[..cut] + "…";
    }

    private static bool NeedsCleaning(string text, bool keepLineBreaks)
    {
        foreach (var ch in text)
        {
            if (IsHidden(ch) || (char.IsControl(ch) && !(keepLineBreaks && ch == '\n')))
            {
                return true;
            }
        }

        return false;
    }
}
