using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Strings;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqBot.Core.Indexing;

/// <summary>
/// One commit of the Lucene index, pinned for the life of this object: its searcher, its passages by document
/// number, their vectors (when the index has them) and the term statistics the ranking layer needs. Searches
/// hold a reference while they run, so disposing waits for none and breaks none. Thread-safe.
/// </summary>
public sealed partial class KeywordIndex : IDisposable
{
    private readonly IndexStore _store;
    private readonly bool _ownsStore;
    private readonly Passage[] _passages;
    private readonly float[][][] _vectors;
    private readonly WordMemo<string[]> _nearWords;
    private int _disposed;

    // Words of four letters or fewer get no near words: one edit turns most of them into other real words.
    private const int NearWordMinLength = 5;

    private KeywordIndex(IndexStore store, bool ownsStore, IndexSearcher searcher, IDictionary<string, string> commitData, WrittenPassages? written = null)
    {
        _store = store;
        _ownsStore = ownsStore;
        _nearWords = new(ComputeNearWords);
        Searcher = searcher;
        CommitData = new Dictionary<string, string>(commitData, StringComparer.Ordinal);
        Fingerprint = commitData.TryGetValue(IndexStore.FingerprintKey, out var fingerprint) ? fingerprint : "";
        Similarity = searcher.Similarity;
        if (written is not null && written.TryTake(searcher.IndexReader, out _passages, out _vectors))
        {
            return;
        }

        var reader = searcher.IndexReader;
        _passages = new Passage[reader.MaxDoc];
        _vectors = new float[reader.MaxDoc][][];
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                _vectors[doc] = [];
                continue;
            }

            var stored = reader.Document(doc);
            _passages[doc] = PassageFields.ToPassage(stored);
            _vectors[doc] = PassageFields.ToVectors(stored);
        }
    }

    /// <summary>The passages; a passage's index here is its Lucene document number.</summary>
    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>The vectors of each passage by document number: the whole passage's, then its sentences' (empty without an embedding model).</summary>
    public IReadOnlyList<float[][]> Vectors => _vectors;

    /// <summary>Identifies the knowledge-base content the index was built from.</summary>
    public string Fingerprint { get; }

    /// <summary>The commit's user data (format, fingerprint, embedding model).</summary>
    public IReadOnlyDictionary<string, string> CommitData { get; }

    /// <summary>The searcher of the pinned commit.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>The folder of the index, or null when it is in memory.</summary>
    public string? Folder => _store.Folder;

    internal Lucene.Net.Search.Similarities.Similarity Similarity { get; }

    /// <summary>Number of distinct terms over all fields.</summary>
    public long TermCount => MultiFields.GetTerms(Searcher.IndexReader, PassageFields.All)?.Count ?? 0;

    /// <summary>Number of passages that contain <paramref name="term"/> in any field.</summary>
    public int DocFrequency(string term) => Searcher.IndexReader.DocFreq(new Term(PassageFields.All, term));

    /// <summary>Inverse document frequency, as Lucene's BM25Similarity: <c>log(1 + (N - df + 0.5)/(df + 0.5))</c>.</summary>
    public static double Idf(int passageCount, int docFrequency) =>
        Math.Log(1 + ((passageCount - docFrequency + 0.5) / (docFrequency + 0.5)));

    /// <summary>The idf of <paramref name="term"/> over all fields; that of an unseen term when absent.</summary>
    public double Idf(string term) => Idf(_passages.Length, DocFrequency(term));

    /// <summary>
    /// Words of the documents one edit (insertion, deletion, substitution or transposition) away from
    /// <paramref name="word"/>, as Lucene's FuzzyQuery with maxEdits 1, over the words as written. Words of four
    /// letters or fewer are left out: one edit turns most of them into other real words ("cost" → "most").
    /// </summary>
    public IReadOnlyList<string> FindNearWords(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length is < NearWordMinLength or > 40 ? [] : _nearWords.Get(word);
    }

    // Lucene builds Levenshtein automata for every word looked up (about 35 µs and 80 KB a word here; a fifth of a keyword
    // search on the question bank); patients reuse their words, and an index never changes (a rebuild makes a new one),
    // so the answers are remembered.
    private string[] ComputeNearWords(string word)
    {
        var terms = MultiFields.GetTerms(Searcher.IndexReader, PassageFields.Words);
        if (terms is null)
        {
            return [];
        }

        var found = new List<string>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(PassageFields.Words, word), 1, 0, true);
        while (fuzzy.MoveNext())
        {
            var text = fuzzy.Term.Utf8ToString();
            if (text.Length >= NearWordMinLength && text != word)
            {
                found.Add(text);
            }
        }

        return [.. found];
    }

    /// <summary>Runs <paramref name="action"/> holding a reference on the commit, so a concurrent dispose cannot close it.</summary>
    /// <exception cref="ObjectDisposedException">The index was disposed before the call.</exception>
    internal T Use<T>(Func<IndexSearcher, T> action)
    {
        var reader = Searcher.IndexReader;
        if (!reader.TryIncRef())
        {
            throw new ObjectDisposedException(nameof(KeywordIndex));
        }

        try
        {
            return action(Searcher);
        }
        finally
        {
            reader.DecRef();
        }
    }

    /// <summary>Approximate bytes of the index files on disk or in memory.</summary>
    public long SizeInBytes() => Searcher.IndexReader is DirectoryReader reader
        ? reader.IndexCommit.FileNames.Sum(reader.Directory.FileLength)
        : 0;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _store.Release(Searcher);
            if (_ownsStore)
            {
                _store.Dispose();
            }
        }
    }
}
