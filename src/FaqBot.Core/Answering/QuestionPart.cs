namespace FaqBot.Core.Answering;

/// <summary>
/// Picks what retrieval reads from a long message: its questions (sentences ending in "?"), in order, up to the limit;
/// a message without any keeps its last part, where a rambling message usually comes to its point. Triage always reads
/// the whole message; this only keeps a story from drowning the question in retrieval.
/// </summary>
public static class QuestionPart
{
    /// <summary>The part of <paramref name="text"/> retrieval reads, at most <paramref name="maxChars"/> characters.</summary>
    public static string Extract(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxChars)
        {
            return text;
        }

        var questions = Sentences(text).Where(s => s.EndsWith('?')).ToList();
        var picked = new List<string>();
        var length = 0;
        foreach (var question in questions)
        {
            if (length + question.Length + 1 > maxChars)
            {
                break;
            }

            picked.Add(question);
            length += question.Length + 1;
        }

        if (picked.Count > 0)
        {
            return string.Join(' ', picked);
        }

        var tail = text[^maxChars..];
        var space = tail.IndexOf(' ', StringComparison.Ordinal);
        return space is > 0 and < 100 ? tail[(space + 1)..] : tail;
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                var sentence = text[start..(i + 1)].Trim();
                if (sentence.Length > 0)
                {
                    yield return sentence;
                }

                start = i + 1;
            }
        }

        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}
