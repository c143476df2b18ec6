using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Core.Indexing;

/// <summary>
/// An immutable inverted index over passages: a term dictionary, postings with per-field term frequencies,
/// body positions for proximity, and field lengths for BM25F. Thread-safe once built.
/// </summary>
public sealed partial class PassageIndex
{
    internal const int FieldCount = 4;

    private readonly Passage[] _passages;
    private readonly Dictionary<string, int> _termIds;
    private readonly string[] _terms;
    private readonly int[] _postingStart;   // per term, length T + 1: range into the posting arrays
    private readonly int[] _postingDoc;     // per posting: passage number
    private readonly byte[] _postingTf;     // per posting × FieldCount: term frequency per field, saturating at 255
    private readonly int[] _positionStart;  // per posting: where its body positions start in _positions
    private readonly int[] _positionCount;  // per posting: how many body positions it has
    private readonly int[] _positions;      // body positions in passage order, ascending within a posting
    private readonly int[] _fieldLength;    // per passage × FieldCount: tokens in the field
    private readonly string[] _surfaceWords; // lower-case words as written in the passages, for typo lookup
    private readonly int[] _surfaceTerms;    // the term each surface word analyses to
    private readonly Lazy<FuzzyTermIndex> _fuzzy;  // built on the first typo: most questions never need it

    private PassageIndex(
        Passage[] passages, string[] terms, int[] postingStart, int[] postingDoc, byte[] postingTf,
        int[] positionStart, int[] positionCount, int[] positions, int[] fieldLength, string[] surfaceWords, int[] surfaceTerms, string fingerprint)
    {
        _passages = passages;
        _terms = terms;
        _postingStart = postingStart;
        _postingDoc = postingDoc;
        _postingTf = postingTf;
        _positionStart = positionStart;
        _positionCount = positionCount;
        _positions = positions;
        _fieldLength = fieldLength;
        _surfaceWords = surfaceWords;
        _surfaceTerms = surfaceTerms;
        Fingerprint = fingerprint;
        _termIds = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            _termIds[terms[i]] = i;
        }

        AverageFieldLength = new double[FieldCount];
        for (var f = 0; f < FieldCount; f++)
        {
            long sum = 0;
            for (var d = 0; d < passages.Length; d++)
            {
                sum += fieldLength[(d * FieldCount) + f];
            }

            AverageFieldLength[f] = passages.Length == 0 ? 0 : (double)sum / passages.Length;
        }

        _fuzzy = new Lazy<FuzzyTermIndex>(() => new FuzzyTermIndex(surfaceWords), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The indexed passages; a passage's number in postings is its index here.</summary>
    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>Number of distinct terms.</summary>
    public int TermCount => _terms.Length;

    /// <summary>Number of postings (term, passage pairs).</summary>
    public int PostingCount => _postingDoc.Length;

    /// <summary>Identifies the knowledge-base content the index was built from.</summary>
    public string Fingerprint { get; }

    internal double[] AverageFieldLength { get; }

    /// <summary>Finds a term's id; false when the term does not occur.</summary>
    public bool TryGetTermId(string term, out int termId) => _termIds.TryGetValue(term, out termId);

    /// <summary>The term text for an id.</summary>
    public string Term(int termId) => _terms[termId];

    /// <summary>Number of passages that contain the term.</summary>
    public int DocFrequency(int termId) => _postingStart[termId + 1] - _postingStart[termId];

    /// <summary>
    /// Terms of the words one edit (insertion, deletion, substitution or transposition) away from
    /// <paramref name="word"/> as the documents spell them. Matching written words rather than stems keeps
    /// "addictive" from meeting "additionally" through their stems "addict" and "addit".
    /// </summary>
    public IReadOnlyList<int> FindNearTerms(string word) => [.. _fuzzy.Value.Find(word).Select(s => _surfaceTerms[s]).Distinct()];

    internal int PostingStart(int termId) => _postingStart[termId];

    internal int PostingEnd(int termId) => _postingStart[termId + 1];

    internal int PostingDoc(int posting) => _postingDoc[posting];

    internal int Tf(int posting, IndexField field) => _postingTf[(posting * FieldCount) + (int)field];

    internal int FieldLength(int passage, IndexField field) => _fieldLength[(passage * FieldCount) + (int)field];

    internal ReadOnlySpan<int> BodyPositions(int posting) => _positions.AsSpan(_positionStart[posting], _positionCount[posting]);

    /// <summary>Finds the posting of a term in a passage by binary search; -1 when absent.</summary>
    internal int FindPosting(int termId, int passage)
    {
        var index = Array.BinarySearch(_postingDoc, _postingStart[termId], DocFrequency(termId), passage);
        return index >= 0 ? index : -1;
    }

    /// <summary>Approximate bytes held by the index structures (not the passage texts).</summary>
    public long EstimateIndexBytes()
    {
        long bytes = (_postingStart.Length + _postingDoc.Length + _positionStart.Length + _positionCount.Length + _positions.Length + _fieldLength.Length) * 4L;
        bytes += _postingTf.Length;
        foreach (var term in _terms)
        {
            bytes += 24 + (term.Length * 2) + 16; // string object + dictionary entry
        }

        foreach (var word in _surfaceWords)
        {
            bytes += 24 + (word.Length * 2) + 4;
        }

        return bytes + (_fuzzy.IsValueCreated ? _fuzzy.Value.EstimateBytes() : 0);
    }
}
