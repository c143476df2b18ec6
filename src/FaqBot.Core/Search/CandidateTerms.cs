using FaqBot.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqBot.Core.Search;

/// <summary>
/// What rescoring needs to know about a question's few candidate passages: which of the query's terms each one
/// contains (field <c>all</c>) and where each stands in its body (field <c>body</c>). Read from the postings of the
/// query's terms, advanced through the candidates in passage order, so a search reads a few postings lists instead
/// of decompressing every candidate's term vectors (which cost a third of a whole answer's own work).
/// </summary>
internal sealed class CandidateTerms
{
    private readonly Dictionary<(int Doc, string Term), int[]?> _found = [];

    private CandidateTerms()
    {
    }

    /// <summary>Reads <paramref name="terms"/> for the passages <paramref name="docs"/> (top-level document numbers).</summary>
    public static CandidateTerms Read(IndexReader reader, IEnumerable<int> docs, IEnumerable<string> terms)
    {
        var result = new CandidateTerms();
        var sorted = docs.Distinct().Order().ToArray();
        var distinct = terms.Distinct(StringComparer.Ordinal).ToArray();
        if (sorted.Length == 0 || distinct.Length == 0)
        {
            return result;
        }

        foreach (var leaf in reader.Leaves)
        {
            var start = leaf.DocBase;
            var end = start + leaf.AtomicReader.MaxDoc;
            var inLeaf = sorted.Where(d => d >= start && d < end).ToArray();
            if (inLeaf.Length > 0)
            {
                result.ReadLeaf(leaf.AtomicReader, start, inLeaf, distinct);
            }
        }

        return result;
    }

    /// <summary>True when passage <paramref name="doc"/> contains <paramref name="term"/> in any field.</summary>
    public bool Contains(int doc, string term) => _found.ContainsKey((doc, term));

    /// <summary>The positions of <paramref name="term"/> in the body of passage <paramref name="doc"/>, ascending; empty when
    /// the body lacks it.</summary>
    public int[] BodyPositions(int doc, string term) => _found.GetValueOrDefault((doc, term)) ?? [];

    private void ReadLeaf(AtomicReader leaf, int docBase, int[] docs, string[] terms)
    {
        var all = leaf.GetTerms(PassageFields.All)?.GetEnumerator();
        var body = leaf.GetTerms(PassageFields.Body)?.GetEnumerator();
        DocsEnum? allDocs = null;
        DocsAndPositionsEnum? bodyDocs = null;
        foreach (var term in terms)
        {
            var bytes = new BytesRef(term);
            if (all is null || !all.SeekExact(bytes))
            {
                continue; // no passage has it: nothing to mark
            }

            allDocs = all.Docs(leaf.LiveDocs, allDocs, DocsFlags.NONE);
            var present = Advance(allDocs, docs, docBase);
            if (present.Count == 0)
            {
                continue;
            }

            foreach (var doc in present)
            {
                _found[(doc, term)] = null;
            }

            if (body is not null && body.SeekExact(bytes))
            {
                bodyDocs = body.DocsAndPositions(leaf.LiveDocs, bodyDocs);
                ReadPositions(bodyDocs, term, present, docBase);
            }
        }
    }

    // The candidates (ascending) that the postings list holds.
    private static List<int> Advance(DocsEnum postings, int[] docs, int docBase)
    {
        var present = new List<int>();
        ForEachHeld(postings, docs, docBase, present.Add);
        return present;
    }

    private void ReadPositions(DocsAndPositionsEnum? postings, string term, List<int> docs, int docBase)
    {
        if (postings is null)
        {
            return; // indexed without positions: no proximity to read
        }

        ForEachHeld(postings, docs, docBase, doc =>
        {
            var positions = new int[postings.Freq];
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = postings.NextPosition();
            }

            _found[(doc, term)] = positions;
        });
    }

    // Calls found(doc) for each of the ascending docs that the postings list holds, with the list positioned on it.
    private static void ForEachHeld(DocsEnum postings, IEnumerable<int> docs, int docBase, Action<int> found)
    {
        var current = -1;
        foreach (var doc in docs)
        {
            var target = doc - docBase;
            if (current < target)
            {
                current = postings.Advance(target);
            }

            if (current == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (current == target)
            {
                found(doc);
            }
        }
    }
}
