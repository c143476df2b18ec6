using FaqBot.Core.Semantics;

namespace FaqBot.Tests.Embeddings;

/// <summary>Assertions on embedding vectors.</summary>
internal static class EncoderAssert
{
    public static void IsUnitVector(float[] vector, int dimensions)
    {
        Assert.Equal(dimensions, vector.Length);
        Assert.All(vector, v => Assert.True(float.IsFinite(v)));
        Assert.InRange(VectorMath.Dot(vector, vector), 0.9999f, 1.0001f);
    }

    public static void Same(float[] expected, float[] actual, float minimumCosine = 0.99999f)
    {
        var cosine = VectorMath.Cosine(expected, actual);
        Assert.True(cosine >= minimumCosine, $"cosine {cosine} < {minimumCosine}");
    }
}
