using System.Text;

namespace FaqBot.Core.Strings;

/// <summary>White space handling shared by text extraction, evaluation, diagnostics and log-safe text.</summary>
public static class Whitespace
{
    /// <summary>
    /// Every run of white space (<see cref="char.IsWhiteSpace(char)"/>: spaces, tabs, line breaks, no-break and other
    /// Unicode spaces) becomes one ordinary space, and the ends are trimmed: the text without its layout.
    /// </summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
