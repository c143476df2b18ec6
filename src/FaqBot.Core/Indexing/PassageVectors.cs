using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Indexing;

/// <summary>
/// Passage vectors at index time: the text a passage is embedded from, and the vectors of a rebuild, reusing every
/// vector of the previous index whose passage text is unchanged, so only new or changed passages are embedded.
/// </summary>
internal static class PassageVectors
{
    /// <summary>The heading gives a paragraph its topic; a curated answer is embedded with its questions.</summary>
    public static string EmbeddingText(Passage passage) =>
        string.Join("\n", [.. passage.Questions, passage.Heading ?? "", passage.Text]).Trim();

    /// <summary>One vector per passage: reused from <paramref name="previous"/> by text, the rest encoded in one batch.</summary>
    public static float[][] Compute(IReadOnlyList<Passage> passages, ISentenceEncoder encoder, IReadOnlyDictionary<string, float[]> previous, out int encoded)
    {
        var texts = passages.Select(EmbeddingText).ToList();
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !previous.ContainsKey(t)).ToList();
        var fresh = missing.Count == 0 ? [] : encoder.EncodePassages(missing);
        var byText = new Dictionary<string, float[]>(previous, StringComparer.Ordinal);
        for (var i = 0; i < missing.Count; i++)
        {
            byText[missing[i]] = fresh[i];
        }

        encoded = missing.Count;
        return [.. texts.Select(t => byText[t])];
    }
}
