namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// The lexical classifier's training rows for one class: every message whole, and each part of a longer message that
/// is not of the class, as the scorer will read it (each sentence and each pair of neighbouring sentences,
/// <see cref="TriageModelScoring.Lexical"/>). The scorer takes the highest part, so a classifier fitted on whole
/// messages alone learns that long first-person text leans to crisis (crisis messages in the banks are the longer
/// ones) and then flags some part of a long ordinary question; showing it the parts of ordinary messages teaches that
/// they are ordinary. Parts of noncrisis messages are left out: "i overdosed on purpose" alone is a crisis even where
/// the whole message ("…ten years ago, do you need my records?") is not.
/// </summary>
internal static class LexicalTrainingRows
{
    /// <summary>The rows and labels for <paramref name="head"/> from <paramref name="examples"/> (parallel to <paramref name="whole"/>, each message's features).</summary>
    public static (List<List<int>> Rows, List<bool> Labels) For(TriageLabel head, IReadOnlyList<TriageExample> examples, IReadOnlyList<List<int>> whole, int window)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(whole);
        var rows = new List<List<int>>(whole);
        var labels = examples.Select(e => e.Label == head).ToList();
        for (var i = 0; i < examples.Count; i++)
        {
            if (examples[i].Label != head && examples[i].Kind != "noncrisis")
            {
                foreach (var part in Parts(examples[i].Text, window))
                {
                    rows.Add(part);
                    labels.Add(false);
                }
            }
        }

        return (rows, labels);
    }

    // Each sentence and each pair of neighbouring sentences of a message of two or more, as feature lists.
    private static IEnumerable<List<int>> Parts(string text, int window)
    {
        var units = TriageModelScoring.Units(text, window).Select(Features).ToList();
        if (units.Count < 2)
        {
            yield break;
        }

        for (var i = 0; i < units.Count; i++)
        {
            yield return units[i];
            if (i > 0)
            {
                yield return [.. units[i - 1], .. units[i]];
            }
        }
    }

    private static List<int> Features(string[] words)
    {
        var features = new List<int>(words.Length * LexicalFeatures.MaxPerWord);
        Span<int> buffer = stackalloc int[LexicalFeatures.MaxPerWord];
        for (var i = 0; i < words.Length; i++)
        {
            var count = LexicalFeatures.ForWord(words, i, buffer);
            for (var j = 0; j < count; j++)
            {
                features.Add(buffer[j]);
            }
        }

        return features;
    }
}
