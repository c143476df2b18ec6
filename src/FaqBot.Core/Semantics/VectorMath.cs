using System.Numerics.Tensors;

namespace FaqBot.Core.Semantics;

/// <summary>Vector arithmetic for sentence embeddings, SIMD-accelerated through <see cref="TensorPrimitives"/>.</summary>
public static class VectorMath
{
    /// <summary>The dot product; for two L2-normalised vectors this is their cosine similarity.</summary>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static float Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException($"Vectors differ in length: {left.Length} and {right.Length}.", nameof(right));
        }

        return TensorPrimitives.Dot(left, right);
    }

    /// <summary>The cosine similarity of two vectors of any length (0 when either is all zeros).</summary>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static float Cosine(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var dot = Dot(left, right);
        var norms = TensorPrimitives.Norm(left) * TensorPrimitives.Norm(right);
        return norms == 0 ? 0 : dot / norms;
    }

    /// <summary>
    /// Scales the vector in place to unit length, as <c>x / max(‖x‖, 1e-12)</c> (PyTorch's <c>F.normalize</c>),
    /// so an all-zero vector stays zero instead of becoming NaN.
    /// </summary>
    public static void Normalize(Span<float> vector)
    {
        var norm = MathF.Max(TensorPrimitives.Norm(vector), 1e-12f);
        TensorPrimitives.Divide(vector, norm, vector);
    }
}
