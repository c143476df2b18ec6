using System.Text;

namespace FaqBot.Core.Answering.Triage;

/// <summary>Folds a message into the one shape every triage pattern is written against.</summary>
internal static class TriageText
{
    /// <summary>
    /// Lower case; Spanish accents folded ("está" is "esta", "mí" is "mi", "ñ" is "n"); apostrophes (straight,
    /// curly, backtick) removed so "don’t", "don't" and "dont" are all "dont"; every other non-letter/digit run
    /// (punctuation, emoji, hyphens, newlines) becomes one space; trimmed. Patterns then only need word
    /// boundaries and single spaces.
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

                builder.Append(Fold(char.ToLowerInvariant(c)));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    // The accented letters of Spanish (and French/Portuguese vowels patients may type by habit).
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    };

    private static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u2032';
}
