using FaqBot.Core.Analysis;
using FaqBot.Core.Indexing;

namespace FaqBot.Core.Search;

/// <summary>
/// Ranks passages for a question: BM25F over body, heading, title and curated questions; synonyms and
/// one-edit typos as weaker alternatives of a word; a proximity bonus; and a confidence for abstaining.
/// Thread-safe; per-call scratch space is thread-local.
/// </summary>
public sealed partial class Searcher
{
    private const int MaxClauses = 32;
    private const int RescoreDepth = 24;
    private const double NegligibleShare = 0.02;
    private const int NegligibleMinPostings = 1000;

    private readonly PassageIndex _index;
    private readonly Analyzer _queryAnalyzer;
    private readonly SearchOptions _options;
    private readonly float[] _postingWeight; // BM25F saturation per posting, idf excluded
    private readonly double[] _idf;
    private readonly double _unknownIdf;
    private readonly ThreadLocal<Scratch> _scratch;

    /// <summary>Prepares a searcher; precomputes every posting's BM25F weight for <paramref name="options"/>.</summary>
    public Searcher(PassageIndex index, Analyzer queryAnalyzer, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(queryAnalyzer);
        ArgumentNullException.ThrowIfNull(options);
        _index = index;
        _queryAnalyzer = queryAnalyzer;
        _options = options;
        var n = index.Passages.Count;
        _idf = new double[index.TermCount];
        for (var t = 0; t < _idf.Length; t++)
        {
            _idf[t] = Idf(n, index.DocFrequency(t));
        }

        _unknownIdf = Idf(n, 0);
        _postingWeight = new float[index.PostingCount];
        for (var t = 0; t < index.TermCount; t++)
        {
            for (var p = index.PostingStart(t); p < index.PostingEnd(t); p++)
            {
                _postingWeight[p] = (float)Saturation(p, index.PostingDoc(p));
            }
        }

        _scratch = new ThreadLocal<Scratch>(() => new Scratch(n));
    }

    /// <summary>The index searched.</summary>
    public PassageIndex Index => _index;

    /// <summary>Inverse document frequency, as Lucene's BM25Similarity: <c>log(1 + (N - df + 0.5)/(df + 0.5))</c>.</summary>
    public static double Idf(int passageCount, int docFrequency) =>
        Math.Log(1 + ((passageCount - docFrequency + 0.5) / (docFrequency + 0.5)));

    // BM25F: field frequencies are length-normalised and weighted, summed, then saturated once.
    private double Saturation(int posting, int doc)
    {
        double tf = 0;
        tf += FieldPart(posting, doc, IndexField.Body, _options.BodyWeight);
        tf += FieldPart(posting, doc, IndexField.Heading, _options.HeadingWeight);
        tf += FieldPart(posting, doc, IndexField.Title, _options.TitleWeight);
        tf += FieldPart(posting, doc, IndexField.Questions, _options.QuestionWeight);
        return tf * (_options.K1 + 1) / (tf + _options.K1);
    }

    private double FieldPart(int posting, int doc, IndexField field, double weight)
    {
        var tf = _index.Tf(posting, field);
        if (tf == 0)
        {
            return 0;
        }

        var average = _index.AverageFieldLength[(int)field];
        var norm = average > 0 ? 1 - _options.B + (_options.B * _index.FieldLength(doc, field) / average) : 1;
        return weight * tf / norm;
    }

    private sealed class Scratch(int passageCount)
    {
        public readonly float[] Score = new float[passageCount];
        public readonly float[] ClauseScore = new float[passageCount];
        public readonly ulong[] Matched = new ulong[passageCount];
        public readonly List<int> Touched = [];
        public readonly List<int> ClauseTouched = [];
    }
}
