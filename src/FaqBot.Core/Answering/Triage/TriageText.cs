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

    /// <summary>
    /// True when the words the encoder reads (the first 300) are a few repeated over and over: at least 12 of them, no
    /// more than three in ten distinct ("how long does a session last" pasted fifty times, "hello hello hello…"). No
    /// message of the data files comes near (at least 0.59 distinct in any of 20 words or more; a 300-word article about
    /// 0.5). Such text is far from anything the embedding classifiers were fitted on, and the crisis network scored it
    /// 0.93–1.00 (triage round 18), so triage reads it with rules and the lexical view only.
    /// </summary>
    public static bool IsRepetitive(string normalized)
    {
        // Normalized text has single spaces; the 301st piece, if any, is the unread rest of a long paste.
        var words = normalized.Split(' ', 301);
        var read = words.AsSpan(0, Math.Min(words.Length, 300));
        if (read.Length < 12)
        {
            return false;
        }

        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in read)
        {
            distinct.Add(word);
        }

        return distinct.Count * 10 <= read.Length * 3;
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
