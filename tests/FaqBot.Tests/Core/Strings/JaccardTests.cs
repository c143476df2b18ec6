using FaqBot.Core.Strings;

namespace FaqBot.Tests.Core.Strings;

public sealed class JaccardTests
{
    [Fact]
    public void Similarity_HalfSharedWords_ReturnsRatioOfIntersectionToUnion()
    {
        var a = new HashSet<string> { "does", "insurance", "cover", "ketamine" };
        var b = new HashSet<string> { "does", "insurance", "cover", "it" };

        Assert.Equal(3.0 / 5.0, Jaccard.Similarity(a, b), 10);
        Assert.Equal(3.0 / 5.0, Jaccard.Similarity(b, a), 10);
    }

    [Fact]
    public void Similarity_SubsetOfDifferentSize_CountsTheUnionOfBoth()
    {
        var a = new HashSet<string> { "cost" };
        var b = new HashSet<string> { "cost", "of", "a", "session" };

        Assert.Equal(0.25, Jaccard.Similarity(a, b), 10);
    }

    [Fact]
    public void Similarity_EqualSetsOne_DisjointZero_BothEmptyZero()
    {
        Assert.Equal(1.0, Jaccard.Similarity(new HashSet<int> { 1, 2 }, new HashSet<int> { 2, 1 }));
        Assert.Equal(0.0, Jaccard.Similarity(new HashSet<int> { 1 }, new HashSet<int> { 2 }));
        Assert.Equal(0.0, Jaccard.Similarity(new HashSet<int>(), new HashSet<int>()));
        Assert.Equal(0.0, Jaccard.Similarity(new HashSet<int>(), new HashSet<int> { 3 }));
    }
}
