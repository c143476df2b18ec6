using FaqBot.Core.KnowledgeBase;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FaqBot.Core.Indexing;

/// <summary>
/// The passages and vectors an index was just written from. Opening that index can take them as they are instead of
/// reading every stored passage and vector back (which decompresses them all again: 0.8 s at 59,000 passages, 3–4 s
/// with their vectors), but only when the index holds exactly those passages in that order, checked through the id
/// field's postings, and when every passage reads back as it went in: Lucene stores text as UTF-8, so a text with an
/// unpaired surrogate would come back changed, and it stores a page range, so a last page without a first one is lost.
/// </summary>
/// <param name="Passages">The passages, in the order they were added.</param>
/// <param name="Vectors">Their vectors, or null without an embedding model.</param>
internal sealed record WrittenPassages(IReadOnlyList<Passage> Passages, float[][][]? Vectors)
{
    /// <summary>The passages and vectors by document number, as the stored fields would give them; false when they
    /// must be read from the index instead.</summary>
    public bool TryTake(IndexReader reader, out Passage[] passages, out float[][][] vectors)
    {
        passages = [];
        vectors = [];
        if (reader.MaxDoc != Passages.Count || reader.NumDocs != Passages.Count || !Passages.All(ReadsBackUnchanged)
            || !InDocumentOrder(reader))
        {
            return false;
        }

        passages = [.. Passages.Select(AsStored)];
        vectors = [.. Enumerable.Range(0, Passages.Count).Select(i => Vectors?[i] ?? [])];
        return true;
    }

    // What PassageFields.ToPassage gives back for a passage that reads back unchanged.
    private static Passage AsStored(Passage passage) => passage with
    {
        Questions = [.. passage.Questions],
        LastPage = passage.Page is null ? null : passage.LastPage ?? passage.Page,
    };

    private static bool ReadsBackUnchanged(Passage passage) =>
        (passage.Page is not null || passage.LastPage is null)
        && IsWellFormed(passage.Id) && IsWellFormed(passage.DocumentTitle) && IsWellFormed(passage.Heading)
        && IsWellFormed(passage.SourceFile) && IsWellFormed(passage.Text) && IsWellFormed(passage.Url)
        && passage.Questions.All(IsWellFormed);

    // Every surrogate in a pair: such text survives UTF-8 unchanged.
    private static bool IsWellFormed(string? text)
    {
        for (var i = 0; text is not null && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Each id term's documents hold passages of that id, and every document is accounted for.
    private bool InDocumentOrder(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, PassageFields.Id);
        if (terms is null)
        {
            return Passages.Count == 0;
        }

        var seen = 0;
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var id = termsEnum.Term.Utf8ToString();
            var docs = termsEnum.Docs(null, null, DocsFlags.NONE);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (!string.Equals(Passages[docs.DocID].Id, id, StringComparison.Ordinal))
                {
                    return false;
                }

                seen++;
            }
        }

        return seen == Passages.Count;
    }
}
