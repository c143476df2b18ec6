using FaqBot.Core.Semantics;

namespace FaqBot.Core.Search;

/// <summary>
/// Cosine search over the passages' stored vectors (L2-normalised, so cosine is the dot product), in two stages: every
/// passage's whole vector is scored (one contiguous matrix, SIMD dot products, split over the cores when large), then
/// the sentence vectors of the best <see cref="SentenceStageDepth"/> passages, a passage scoring its best vector. Up to
/// that many passages (any clinic's knowledge base) this is exact; past it a passage whose whole vector ranks lower is
/// found by its sentences only when asked for by number (<see cref="SemanticMatches.Best"/>). Thread-safe.
/// </summary>
public sealed class SemanticIndex
{
    /// <summary>How many passages, by whole-passage similarity, get their sentence vectors scored.</summary>
    public const int SentenceStageDepth = 384;

    private const int ParallelRows = 16_384;

    private readonly float[] _passages; // row n: passage n's whole vector (zeros without one)
    private readonly bool[] _hasVector;
    private readonly float[] _sentences; // the sentence vectors, passage by passage
    private readonly int[] _sentenceStart; // passage n's sentences are rows _sentenceStart[n] .. _sentenceStart[n + 1] - 1

    [ThreadStatic]
    private static float[]? Scratch;

    /// <summary>Copies every passage's vectors (by passage number: the whole passage's, then its sentences') into two matrices.</summary>
    public SemanticIndex(IReadOnlyList<float[][]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        Dimensions = vectors.SelectMany(v => v).FirstOrDefault()?.Length ?? 0;
        Count = vectors.Count;
        _passages = new float[Count * Dimensions];
        _hasVector = new bool[Count];
        _sentenceStart = new int[Count + 1];
        var sentences = new List<float[]>();
        for (var n = 0; n < Count; n++)
        {
            var own = vectors[n].Where(v => v.Length == Dimensions).ToList();
            _sentenceStart[n] = sentences.Count;
            if (own.Count == 0)
            {
                continue;
            }

            _hasVector[n] = true;
            own[0].CopyTo(_passages, n * Dimensions);
            sentences.AddRange(own.Skip(1));
        }

        _sentenceStart[Count] = sentences.Count;
        _sentences = new float[sentences.Count * Dimensions];
        for (var s = 0; s < sentences.Count; s++)
        {
            sentences[s].CopyTo(_sentences, s * Dimensions);
        }

        VectorCount = _hasVector.Count(h => h) + sentences.Count;
    }

    /// <summary>The vector length; 0 when no passage has a vector.</summary>
    public int Dimensions { get; }

    /// <summary>The number of passages (vectors or not).</summary>
    public int Count { get; }

    /// <summary>The number of vectors (whole passages and sentences).</summary>
    public int VectorCount { get; }

    /// <summary>True when no passage has a vector.</summary>
    public bool IsEmpty => VectorCount == 0;

    /// <summary>The passages most similar to <paramref name="query"/> (up to <paramref name="k"/>, best first), and every
    /// passage's similarity on request.</summary>
    /// <exception cref="ArgumentException">The query's length is not <see cref="Dimensions"/>.</exception>
    public SemanticMatches Match(float[] query, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length != Dimensions || IsEmpty)
        {
            throw new ArgumentException($"Expected a vector of {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }

        var whole = Scratch is { } s && s.Length >= Count ? s : Scratch = new float[Count];
        ScoreWholePassages(query, whole);
        var candidates = TopK.Select(whole.AsSpan(0, Count), _hasVector, SentenceStageDepth);
        var matches = new SemanticMatches(this, query);
        foreach (var (passage, similarity) in candidates)
        {
            matches.Add(passage, similarity);
        }

        matches.Rank(k);
        return matches;
    }

    /// <summary>The <paramref name="k"/> passages most similar to <paramref name="query"/>, best first (ties: lower passage number).</summary>
    public IReadOnlyList<(int Passage, float Similarity)> Top(float[] query, int k) => Match(query, k).Top;

    internal bool HasVector(int passage) => _hasVector[passage];

    internal float WholeSimilarity(float[] query, int passage) =>
        _hasVector[passage] ? VectorMath.Dot(_passages.AsSpan(passage * Dimensions, Dimensions), query) : float.NaN;

    // The best sentence of a passage: (similarity, 0-based sentence), or (-inf, -1) when it has none.
    internal (float Similarity, int Sentence) BestSentence(float[] query, int passage)
    {
        var best = (Similarity: float.NegativeInfinity, Sentence: -1);
        for (var row = _sentenceStart[passage]; row < _sentenceStart[passage + 1]; row++)
        {
            var similarity = VectorMath.Dot(_sentences.AsSpan(row * Dimensions, Dimensions), query);
            if (similarity > best.Similarity)
            {
                best = (similarity, row - _sentenceStart[passage]);
            }
        }

        return best;
    }

    // Whole-passage similarities into scores[0..Count); split over the cores for a large knowledge base.
    private void ScoreWholePassages(float[] query, float[] scores)
    {
        if (Count < ParallelRows)
        {
            ScoreRows(query, scores, 0, Count);
            return;
        }

        var parts = Environment.ProcessorCount;
        var size = (Count + parts - 1) / parts;
        Parallel.For(0, parts, part => ScoreRows(query, scores, part * size, Math.Min(Count, (part + 1) * size)));
    }

    private void ScoreRows(float[] query, float[] scores, int from, int to)
    {
        var d = Dimensions;
        for (var n = from; n < to; n++)
        {
            scores[n] = _hasVector[n] ? VectorMath.Dot(_passages.AsSpan(n * d, d), query) : float.NegativeInfinity;
        }
    }
}
