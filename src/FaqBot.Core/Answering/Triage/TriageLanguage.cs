namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Tells Spanish from English by counting each language's commonest function words in the normalized text,
/// so a Spanish message gets the Spanish crisis card. "no", which both languages use, counts for neither.
/// A tie, or a message with neither, is English.
/// </summary>
internal static class TriageLanguage
{
    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "que", "de", "la", "el", "los", "las", "y", "en", "un", "una", "es", "por", "con", "para", "se", "lo", "mi", "mis",
        "me", "ya", "nadie", "estoy", "tengo", "quiero", "kiero", "puedo", "esta", "muy", "pero", "mas", "como", "cuando",
        "porque", "nada", "todo", "todos", "hoy", "noche", "despues", "hijo", "hija", "esposo", "esposa", "mama", "papa",
        "del", "al", "su", "sus", "tiene", "hace", "hacer", "voy", "soy", "si", "aqui", "aki", "cuanto", "cuesta", "dolor",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "i", "im", "to", "of", "a", "is", "it", "my", "in", "for", "you", "that", "this", "with", "have",
        "be", "do", "dont", "what", "how", "can", "just", "want", "so", "on", "at", "was", "are", "not", "after",
        "he", "she", "they", "ive", "will", "would", "your", "when", "about", "its", "if", "or", "but", "feel", "does",
    };

    /// <summary>"es" when Spanish function words outnumber English ones, else "en".</summary>
    public static string Guess(string normalized)
    {
        var spanish = 0;
        var english = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized[range];
            spanish += Spanish.Contains(word) ? 1 : 0;
            english += English.Contains(word) ? 1 : 0;
            if (spanish + english >= 200)
            {
                break; // the start of a long paste decides it
            }
        }

        return spanish > english ? "es" : "en";
    }
}
