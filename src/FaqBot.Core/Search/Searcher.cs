using FaqBot.Core.Indexing;
using Lucene.Net.Analysis;

namespace FaqBot.Core.Search;

/// <summary>
/// Ranks passages for a question: Lucene.Net per-field BM25 (body, heading, title, curated questions) finds the
/// best candidates, with synonyms and, for words the documents lack, one-edit typos as weaker alternatives of a
/// word; our layer then rescores them with a proximity bonus and coverage (the share of the question a passage
/// matches) and gives a confidence for abstaining. Thread-safe.
/// </summary>
public sealed partial class Searcher
{
    private const int MaxClauses = 32;
    private const int MaxQueryTokens = 400;
    private const int RescoreDepth = 24;

    private readonly KeywordIndex _index;
    private readonly Analyzer _queryAnalyzer;
    private readonly Analyzer _termAnalyzer;
    private readonly SearchOptions _options;
    private readonly double _unknownIdf;
    private readonly Lucene.Net.Search.IndexSearcher _searcher;
    private readonly SemanticIndex _semantic;

    /// <summary>Prepares a searcher over <paramref name="index"/>.</summary>
    public Searcher(KeywordIndex index, Analyzer queryAnalyzer, Analyzer termAnalyzer, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(queryAnalyzer);
        ArgumentNullException.ThrowIfNull(termAnalyzer);
        ArgumentNullException.ThrowIfNull(options);
        _index = index;
        _queryAnalyzer = queryAnalyzer;
        _termAnalyzer = termAnalyzer;
        _options = options;
        _unknownIdf = KeywordIndex.Idf(index.Passages.Count, 0);
        _semantic = new SemanticIndex(index.Vectors);
        // Our own IndexSearcher over the pinned reader: the similarity is per searcher, and the one the
        // SearcherManager hands out is shared.
        _searcher = new Lucene.Net.Search.IndexSearcher(index.Searcher.IndexReader)
        {
            Similarity = new Lucene.Net.Search.Similarities.BM25Similarity((float)options.K1, (float)options.B),
        };
    }

    /// <summary>The index searched.</summary>
    public KeywordIndex Index => _index;

    /// <summary>The analyzer questions go through (the English chain plus synonyms).</summary>
    public Analyzer QueryAnalyzer => _queryAnalyzer;

    /// <summary>The passage vectors, for exact cosine search.</summary>
    public SemanticIndex Semantic => _semantic;

    /// <summary>The idf of an index term over all fields.</summary>
    public double Idf(string term) => _index.Idf(term);
}
