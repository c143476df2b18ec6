namespace FaqBot.Core.Answering;

/// <summary>
/// Turns a document heading into the question a patient would ask about its section ("The Role of the Prefrontal
/// Cortex" → "What is the role of the prefrontal cortex?", "Follow-Up Care" → "What should I know about follow-up
/// care?"), or null when no readable question comes out: a heading that needs its context ("Why is this so great?"),
/// a generic one ("Overview"), a slogan ("The Result: Rapid Symptom Relief", "A New Hope for …") or an indirect
/// question ("What the Science Says About …"). A clinic wanting its own wording writes the heading as a question.
/// </summary>
public static class HeadingQuestion
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> GenericHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "overview", "recap", "in a nutshell", "references", "in conclusion", "conclusion", "summary", "introduction",
        "comments", "recent posts", "related posts", "faq", "faqs", "frequently asked questions", "contact us",
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "why", "how", "when", "where", "who", "which", "whether",
    };

    // Words that point outside the heading ("this", "these"): the question would not make sense on its own.
    private static readonly string[] ContextWords = [" this ", " these ", " that ", " those ", " above ", " below "];

    private static readonly HashSet<string> Plural = new(StringComparer.OrdinalIgnoreCase) { "key", "main", "common", "top" };

    /// <summary>The patient's question for <paramref name="heading"/>, or null when none reads well.</summary>
    public static string? From(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var text = string.Join(' ', heading.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':', '.', ' ');
        var words = text.Split(' ');
        if (text.Length < 4 || GenericHeadings.Contains(text) || words.Length > MaxWords)
        {
            return null;
        }

        if (text.EndsWith('?'))
        {
            return ContextWords.Any((" " + text.ToLowerInvariant().TrimEnd('?') + " ").Contains) ? null : SentenceCase(text);
        }

        return text.Contains(':', StringComparison.Ordinal) ? null : FromTopic(SentenceCase(text).Split(' '));
    }

    private static string? FromTopic(string[] words)
    {
        var first = words[0].ToLowerInvariant();
        var rest = string.Join(' ', words.Skip(1));
        var lowered = Lower(words[0]) + (rest.Length > 0 ? " " + rest : "");
        if (words.Length >= 3 && words[1] == "to" && first is "what" or "how")
        {
            return (first == "what" ? "What should I " : "How do I ") + string.Join(' ', words.Skip(2)) + "?"; // "What to expect…"
        }

        if (QuestionWords.Contains(first) || first is "a" or "an")
        {
            return null; // an indirect question ("What the science says…") or a slogan ("A new hope…")
        }

        if (first == "the" && words.Length > 1)
        {
            return $"What {(IsPlural(HeadNoun(words)) ? "are" : "is")} {lowered}?"; // "What is the role of …?"
        }

        if (Plural.Contains(first))
        {
            return $"What are the {lowered}?"; // "Key brain regions…" → "What are the key brain regions…?"
        }

        if (words.Length >= 3 && words[1] is "that" or "which")
        {
            return $"Which {Lower(words[0])} {string.Join(' ', words.Skip(2))}?"; // "Conditions that may benefit…"
        }

        return $"What should I know about {lowered}?";
    }

    // The noun the verb agrees with: the word before "of"/"for"/"in", else the last word.
    private static string HeadNoun(string[] words)
    {
        var index = Array.FindIndex(words, 1, w => w is "of" or "for" or "in" or "on" or "with");
        return words[index > 1 ? index - 1 : words.Length - 1];
    }

    private static bool IsPlural(string noun)
    {
        var word = noun.Trim('(', ')', ',').ToLowerInvariant();
        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);
    }

    private static string Lower(string word) => IsAcronym(word) ? word : word.ToLowerInvariant();

    // "How Does Ketamine Affect the Brain?" → "How does ketamine affect the brain?"; "Follow-Up Care" → "Follow-up
    // care"; acronyms (BDNF, PTSD, (NMDA)) and "I" stay as written.
    private static string SentenceCase(string text)
    {
        var words = text.Split(' ');
        words[0] = words[0].Length > 0 ? char.ToUpperInvariant(words[0][0]) + Lower(words[0])[1..] : words[0];
        for (var i = 1; i < words.Length; i++)
        {
            words[i] = words[i] == "I" ? "I" : string.Join('-', words[i].Split('-').Select(Lower));
        }

        return string.Join(' ', words);
    }

    private static bool IsAcronym(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.TrueForAll(char.IsUpper);
    }
}
