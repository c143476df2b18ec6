using System.Runtime.InteropServices;
using FaqBot.Core.Semantics;

namespace FaqBot.Core.Search;

/// <summary>
/// Exact cosine search over the passages' stored vectors (L2-normalised, so cosine is the dot product): all vectors
/// in one contiguous matrix, a SIMD dot product each (TensorPrimitives), a passage scoring its best vector (the whole
/// passage or one of its sentences). At clinic scale this costs well under a millisecond; docs/architecture.md says
/// what to use past a million passages. Thread-safe.
/// </summary>
public sealed class SemanticIndex
{
    private readonly float[] _matrix;
    private readonly int[] _owner; // the passage of each row

    /// <summary>Copies every passage's vectors (by passage number) into one matrix.</summary>
    public SemanticIndex(IReadOnlyList<float[][]> vectors)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        Dimensions = vectors.SelectMany(v => v).FirstOrDefault()?.Length ?? 0;
        Count = vectors.Count;
        var rows = vectors.SelectMany((list, passage) => list.Where(v => v.Length == Dimensions).Select(v => (passage, v))).ToList();
        _matrix = new float[rows.Count * Dimensions];
        _owner = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].v.CopyTo(_matrix, r * Dimensions);
            _owner[r] = rows[r].passage;
        }
    }

    /// <summary>The vector length; 0 when no passage has a vector.</summary>
    public int Dimensions { get; }

    /// <summary>The number of passages (vectors or not).</summary>
    public int Count { get; }

    /// <summary>The number of vectors.</summary>
    public int VectorCount => _owner.Length;

    /// <summary>True when no passage has a vector.</summary>
    public bool IsEmpty => _owner.Length == 0;

    /// <summary>Each passage's best similarity to <paramref name="query"/> (NaN where a passage has no vector).</summary>
    public float[] Similarities(ReadOnlySpan<float> query) => Similarities(query, out _);

    /// <summary>Each passage's best similarity to <paramref name="query"/>, and which of its vectors gave it (0: the whole
    /// passage, n: its n-th sentence).</summary>
    public float[] Similarities(ReadOnlySpan<float> query, out int[] bestVector)
    {
        var result = new float[Count];
        bestVector = new int[Count];
        Array.Fill(result, float.NaN);
        if (query.Length != Dimensions || IsEmpty)
        {
            return result;
        }

        var matrix = MemoryMarshal.CreateReadOnlySpan(ref _matrix[0], _matrix.Length);
        var first = 0;
        for (var r = 0; r < _owner.Length; r++)
        {
            var passage = _owner[r];
            first = r == 0 || _owner[r - 1] != passage ? r : first;
            var similarity = VectorMath.Dot(matrix.Slice(r * Dimensions, Dimensions), query);
            if (float.IsNaN(result[passage]) || similarity > result[passage])
            {
                result[passage] = similarity;
                bestVector[passage] = r - first;
            }
        }

        return result;
    }

    /// <summary>The <paramref name="k"/> passages most similar to <paramref name="query"/>, best first (ties: lower passage number).</summary>
    public List<(int Passage, float Similarity)> Top(ReadOnlySpan<float> query, int k) => Top(Similarities(query), k);

    /// <summary>The <paramref name="k"/> best of already computed <paramref name="similarities"/>.</summary>
    public static List<(int Passage, float Similarity)> Top(float[] similarities, int k)
    {
        ArgumentNullException.ThrowIfNull(similarities);
        var heap = new PriorityQueue<int, (float Similarity, int Passage)>(k + 1, Comparer<(float Similarity, int Passage)>.Create(
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
