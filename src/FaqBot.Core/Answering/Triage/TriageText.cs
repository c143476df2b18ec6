using System.Text;

namespace FaqBot.Core.Answering.Triage;

/// <summary>Folds a message into the one shape every triage pattern is written against.</summary>
internal static class TriageText
{
    /// <summary>
    /// Lower case; apostrophes (straight, curly, backtick) removed so "don’t", "don't" and "dont" are
    /// all "dont"; every other non-letter/digit run (punctuation, emoji, hyphens, newlines) becomes one
    /// space; trimmed. Patterns then only need word boundaries and single spaces.
    /// </summary>
    public static string Normalize(string message)
    {
        var builder = new StringBuilder(message.Length);
        var pendingSpace = false;
        foreach (var c in message)
        {
            if (IsApostrophe(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    private static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u2032';
}
