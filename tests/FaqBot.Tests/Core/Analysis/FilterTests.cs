using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

public sealed class FilterTests
{
    [Theory]
    [InlineData("The user's books", new[] { "The", "user", "books" })]
    [InlineData("the brain’s ability", new[] { "the", "brain", "ability" })]
    [InlineData("KETAMINE'S effect", new[] { "KETAMINE", "effect" })]
    [InlineData("it's users' 's", new[] { "it", "users", "s" })]
    public void Apply_Possessive_StripsApostropheS(string text, string[] expected)
    {
        var analyzer = AnalyzerAssert.Chain(new EnglishPossessiveFilter());

        AnalyzerAssert.AnalyzesTo(analyzer, text, expected);
    }

    [Fact]
    public void Apply_LowerCase_LowersAndKeepsOffsets()
    {
        var analyzer = AnalyzerAssert.Chain(new LowerCaseFilter());

        var tokens = analyzer.Analyze("Ketamine ÉTAT");

        Assert.Equal(["ketamine", "état"], tokens.Select(token => token.Text));
        Assert.Equal([(0, 8), (9, 13)], tokens.Select(token => (token.Start, token.End)));
    }

    [Fact]
    public void Apply_StopWords_LeaveGaps()
    {
        var analyzer = AnalyzerAssert.Chain(new LowerCaseFilter(), new StopFilter(StopWords.English));

        AnalyzerAssert.AnalyzesTo(analyzer, "The role of the prefrontal cortex", ["role", "prefrontal", "cortex"], [1, 4, 5]);
    }

    [Fact]
    public void English_StopSet_IsLuceneDefault()
    {
        Assert.Equal(33, StopWords.English.Count);
        Assert.Contains("such", StopWords.English);
        Assert.DoesNotContain("how", StopWords.English);
    }

    [Theory]
    [InlineData("NMDA")]
    [InlineData("nmda")]
    [InlineData("PTSD")]
    [InlineData("XYZQ")]
    public void Apply_Acronym_MarksKeyword(string word)
    {
        var analyzer = AnalyzerAssert.Chain(new KeywordMarkerFilter(["NMDA", "PTSD"]));

        var token = Assert.Single(analyzer.Analyze(word));

        Assert.True(token.IsKeyword);
    }

    [Theory]
    [InlineData("Ketamine")]
    [InlineData("A")]
    [InlineData("ABCDEFG")]
    [InlineData("Ltp")]
    public void Apply_OrdinaryWord_NotKeyword(string word)
    {
        var analyzer = AnalyzerAssert.Chain(new KeywordMarkerFilter(["NMDA"]));

        var token = Assert.Single(analyzer.Analyze(word));

        Assert.False(token.IsKeyword);
    }

    [Fact]
    public void Apply_AllCapsDisabled_OnlyConfiguredSet()
    {
        var analyzer = AnalyzerAssert.Chain(new KeywordMarkerFilter(["NMDA"], markAllCaps: false));

        var tokens = analyzer.Analyze("NMDA CELLS");

        Assert.Equal([true, false], tokens.Select(token => token.IsKeyword));
    }

    [Fact]
    public void Apply_StemFilter_SkipsKeywords()
    {
        var analyzer = AnalyzerAssert.Chain(new KeywordMarkerFilter([]), new LowerCaseFilter(), new EnglishStemFilter());

        AnalyzerAssert.AnalyzesTo(analyzer, "TMS sessions AMPA receptors", ["tms", "session", "ampa", "receptor"]);
    }

    [Fact]
    public void Stem_Repeated_CachesOnce()
    {
        var filter = new EnglishStemFilter(maxCacheSize: 2);

        filter.Stem("running");
        filter.Stem("running");
        filter.Stem("jumping");
        var third = filter.Stem("hopping");

        Assert.Equal(2, filter.CachedCount);
        Assert.Equal("hop", third);
    }

    [Fact]
    public void Stem_ParallelCalls_AgreeWithStemmer()
    {
        var filter = new EnglishStemFilter(maxCacheSize: 50);
        var words = Enumerable.Range(0, 200).Select(i => "connection" + new string('s', i % 3) + i % 40).ToArray();

        var stems = words.AsParallel().Select(filter.Stem).ToArray();

        Assert.Equal(words.Select(EnglishStemmer.Stem), stems);
        Assert.True(filter.CachedCount <= 50);
    }
}
