using System.Runtime.InteropServices;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Search;

/// <summary>
/// Exact cosine search over the passages' stored vectors (L2-normalised, so cosine is the dot product): one
/// contiguous matrix, a SIMD dot product per passage (TensorPrimitives), a bounded heap for the best. At clinic scale this costs
/// well under a millisecond; docs/architecture.md says what to use past a million passages. Thread-safe.
/// </summary>
public sealed class SemanticIndex
{
    private readonly float[] _matrix;
    private readonly bool[] _present;

    /// <summary>Copies <paramref name="vectors"/> (by passage number; null where a passage has none) into one matrix.</summary>
    public SemanticIndex(IReadOnlyList<float[]?> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        Dimensions = vectors.FirstOrDefault(v => v is not null)?.Length ?? 0;
        Count = vectors.Count;
        _matrix = new float[Count * Dimensions];
        _present = new bool[Count];
        for (var i = 0; i < Count; i++)
        {
            if (vectors[i] is { } vector && vector.Length == Dimensions)
            {
                vector.CopyTo(_matrix, i * Dimensions);
                _present[i] = true;
            }
        }
    }

    /// <summary>The vector length; 0 when no passage has a vector.</summary>
    public int Dimensions { get; }

    /// <summary>The number of passages (vectors or not).</summary>
    public int Count { get; }

    /// <summary>True when at least one passage has a vector.</summary>
    public bool IsEmpty => Dimensions == 0;

    /// <summary>The similarity of every passage to <paramref name="query"/> (NaN where a passage has no vector).</summary>
    public float[] Similarities(ReadOnlySpan<float> query)
    {
        var result = new float[Count];
        if (query.Length != Dimensions || IsEmpty)
        {
            Array.Fill(result, float.NaN);
            return result;
        }

        var rows = MemoryMarshal.CreateReadOnlySpan(ref _matrix[0], _matrix.Length);
        for (var i = 0; i < Count; i++)
        {
            result[i] = _present[i] ? VectorMath.Dot(rows.Slice(i * Dimensions, Dimensions), query) : float.NaN;
        }

        return result;
    }

    /// <summary>The <paramref name="k"/> passages most similar to <paramref name="query"/>, best first (ties: lower passage number).</summary>
    public List<(int Passage, float Similarity)> Top(ReadOnlySpan<float> query, int k)
    {
        var similarities = Similarities(query);
        var heap = new PriorityQueue<int, (float, int)>(k + 1, Comparer<(float Similarity, int Passage)>.Create(
            (a, b) => a.Similarity != b.Similarity ? a.Similarity.CompareTo(b.Similarity) : b.Passage.CompareTo(a.Passage)));
        for (var i = 0; i < similarities.Length; i++)
        {
            if (float.IsNaN(similarities[i]))
            {
                continue;
            }

            heap.Enqueue(i, (similarities[i], i));
            if (heap.Count > k)
            {
                heap.Dequeue();
            }
        }

        var top = new List<(int, float)>(heap.Count);
        while (heap.Count > 0)
        {
            var passage = heap.Dequeue();
            top.Add((passage, similarities[passage]));
        }

        top.Reverse();
        return top;
    }
}
