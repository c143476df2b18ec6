using FaqBot.Core.Indexing;

namespace FaqBot.Tests.Core.Indexing;

public sealed class FuzzyTermIndexTests
{
    [Theory]
    [InlineData("ketamin", "ketamine", true)]   // insertion
    [InlineData("disociation", "dissociation", true)]
    [InlineData("anxeity", "anxiety", true)]    // transposition
    [InlineData("nausea", "nausia", true)]      // substitution
    [InlineData("anxiety", "anxiety", true)]
    [InlineData("anxeity", "anixety", false)]   // two edits
    [InlineData("dose", "doses", true)]
    [InlineData("brain", "train", true)]
    [InlineData("brain", "bran", true)]
    [InlineData("brain", "grains", false)]
    public void IsOneEditApart_Pairs_MatchesOptimalStringAlignment(string a, string b, bool expected)
    {
        Assert.Equal(expected, FuzzyTermIndex.IsOneEditApart(a, b));
        Assert.Equal(expected, FuzzyTermIndex.IsOneEditApart(b, a));
    }

    [Fact]
    public void Find_TypoOfKnownTerm_ReturnsTermButNotItself()
    {
        var index = new FuzzyTermIndex(["anxieti", "dissoci", "ketamin", "brain", "anxiou"]);

        var found = index.Find("anxeiti").ToList();
        var exact = index.Find("ketamin").ToList();

        Assert.Equal([0], found);
        Assert.Empty(exact);
    }

    [Fact]
    public void Find_ShortOrNumericTerm_ReturnsNothing()
    {
        var index = new FuzzyTermIndex(["dose", "iv", "2022", "abc"]);

        Assert.Empty(index.Find("abd"));
        Assert.Empty(index.Find("2023"));
    }
}
