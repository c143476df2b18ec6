using FaqBot.Core.Semantics;

namespace FaqBot.Tests.Core.Semantics;

public sealed class VectorMathTests
{
    [Fact]
    public void Dot_TwoVectors_SumsTheProducts()
    {
        Assert.Equal(32f, VectorMath.Dot([1f, 2f, 3f], [4f, 5f, 6f]));
    }

    [Fact]
    public void Dot_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => VectorMath.Dot([1f, 2f], [1f]));
    }

    [Fact]
    public void Normalize_AnyVector_ScalesToUnitLength()
    {
        float[] vector = [3f, 4f];

        VectorMath.Normalize(vector);

        Assert.Equal([0.6f, 0.8f], vector);
    }

    [Fact]
    public void Normalize_ZeroVector_StaysZero()
    {
        float[] vector = [0f, 0f, 0f];

        VectorMath.Normalize(vector);

        Assert.Equal([0f, 0f, 0f], vector);
    }

    [Fact]
    public void Cosine_ParallelAndOrthogonalVectors_ReturnsOneAndZero()
    {
        Assert.Equal(1f, VectorMath.Cosine([2f, 0f], [5f, 0f]), 6);
        Assert.Equal(0f, VectorMath.Cosine([2f, 0f], [0f, 3f]), 6);
        Assert.Equal(0f, VectorMath.Cosine([0f, 0f], [0f, 3f]));
    }
}
