using FaqBot.Core.Highlighting;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Indexing;

/// <summary>
/// Passage vectors at index time. A passage is embedded whole (with its heading, which gives a paragraph its topic;
/// a curated answer with its questions) and, when it has several sentences, sentence by sentence too: patients ask
/// about one sentence of a paragraph, and a sentence's vector meets such a question more closely than the
/// paragraph's. A rebuild reuses every vector of the previous index whose text is unchanged, so only new or changed
/// passages are embedded.
/// </summary>
internal static class PassageVectors
{
    /// <summary>The texts a passage is embedded from: the whole passage first, then its sentences.</summary>
    public static List<string> EmbeddingTexts(Passage passage)
    {
        var whole = string.Join("\n", [.. passage.Questions, passage.Heading ?? "", passage.Text]).Trim();
        var sentences = SentenceSplitter.Split(passage.Text);
        List<string> texts = [whole];
        if (sentences.Count > 1)
        {
            texts.AddRange(sentences.Select(s => passage.Text.Substring(s.Start, s.Length).Trim()).Where(s => s.Length > 0));
        }

        return texts;
    }

    /// <summary>The vectors of each passage: reused from <paramref name="previous"/> by text, the rest encoded in one batch.</summary>
    public static float[][][] Compute(IReadOnlyList<Passage> passages, ISentenceEncoder encoder, IReadOnlyDictionary<string, float[]> previous, out int encoded)
    {
        var texts = passages.Select(EmbeddingTexts).ToList();
        var missing = texts.SelectMany(t => t).Distinct(StringComparer.Ordinal).Where(t => !previous.ContainsKey(t)).ToList();
        var fresh = missing.Count == 0 ? [] : encoder.EncodePassages(missing);
        var byText = new Dictionary<string, float[]>(previous, StringComparer.Ordinal);
        for (var i = 0; i < missing.Count; i++)
        {
            byText[missing[i]] = fresh[i];
        }

        encoded = texts.Count(t => t.Exists(text => !previous.ContainsKey(text)));
        return [.. texts.Select(list => list.Select(t => byText[t]).ToArray())];
    }
}
