using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

public sealed class TokenPoolingTests
{
    // Three token vectors of two dimensions; the third is padding.
    private static readonly float[] Hidden = [3f, 0f, 1f, 4f, 100f, 100f];

    [Fact]
    public void Pool_Mean_AveragesOnlyTheRealTokensThenNormalises()
    {
        var vector = TokenPooling.Pool(Hidden, tokenCount: 2, dimensions: 2, EmbeddingPooling.Mean);

        // mean (2, 2) → (0.7071, 0.7071); the padding token would have pulled it elsewhere.
        Assert.Equal(MathF.Sqrt(0.5f), vector[0], 5);
        Assert.Equal(MathF.Sqrt(0.5f), vector[1], 5);
    }

    [Fact]
    public void Pool_Cls_TakesTheFirstTokenThenNormalises()
    {
        var vector = TokenPooling.Pool(Hidden, tokenCount: 2, dimensions: 2, EmbeddingPooling.Cls);

        Assert.Equal([1f, 0f], vector);
    }
}
