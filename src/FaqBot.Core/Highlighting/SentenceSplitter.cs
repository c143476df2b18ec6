using FaqBot.Core.Answering;

namespace FaqBot.Core.Highlighting;

/// <summary>Splits passage text into sentences, as ranges of the original text, so quotes stay verbatim.</summary>
public static class SentenceSplitter
{
    // Words whose trailing period does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "st", "no", "fig", "approx", "al", "jr", "sr", "prof", "inc", "ltd",
    };

    /// <summary>Returns the sentences of <paramref name="text"/>; a line break always ends a sentence.</summary>
    public static List<TextRange> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextRange>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = SkipSpace(text, i + 1);
                i = start - 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or ')' or '”' or '’' or '.' or '!' or '?')
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue; // "3.5", "e.g.x", a URL
            }

            var next = SkipSpace(text, end);
            if (next < text.Length && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(sentences, text, start, end);
            start = next;
            i = next - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '\n' or '-' or '•';

    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial, as in "Drozdz, S. J."
        }

        return Abbreviations.Contains(word.ToString());
    }

    private static void Add(List<TextRange> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new TextRange(start, end - start));
        }
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
