using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

public sealed class SynonymFilterTests
{
    private static Analyzer Create(string rules) =>
        EnglishAnalyzer.Create(SynonymMap.Parse(new StringReader(rules), "test.txt", EnglishAnalyzer.CreateTermAnalyzer()));

    [Fact]
    public void Analyze_EquivalenceRule_KeepsOriginalAndAddsSynonymsAtSamePosition()
    {
        var analyzer = Create("worried, nervous");

        var tokens = analyzer.Analyze("I feel nervous today");

        Assert.Equal(["i", "feel", "nervous", "worri", "today"], tokens.Select(token => token.Text));
        Assert.Equal([0, 1, 2, 2, 3], tokens.Select(token => token.Position));
        Assert.False(tokens[2].IsSynonym);
        Assert.True(tokens[3].IsSynonym);
        Assert.Equal((7, 14), (tokens[3].Start, tokens[3].End));
    }

    [Fact]
    public void Analyze_ExplicitMultiWordRule_ReplacesWithSpanOffsets()
    {
        var analyzer = Create("spaced out => dissociation");

        var tokens = analyzer.Analyze("Will I feel spaced out after?");

        Assert.Equal(["i", "feel", "dissoci", "after"], tokens.Select(token => token.Text));
        Assert.Equal([1, 2, 3, 5], tokens.Select(token => token.Position));
        Assert.Equal((12, 22), (tokens[2].Start, tokens[2].End));
        Assert.True(tokens[2].IsSynonym);
    }

    [Fact]
    public void Analyze_MultiWordAlternative_TakesConsecutivePositions()
    {
        var analyzer = Create("nose spray, nasal spray\nketamine => ketamine, esketamine");

        var tokens = analyzer.Analyze("nose spray ketamine");

        Assert.Equal(
            [("nose", 0), ("spray", 1), ("nasal", 0), ("spray", 1), ("ketamin", 2), ("esketamin", 2)],
            tokens.Select(token => (token.Text, token.Position)));
        Assert.All(tokens.Where(token => token.Text == "nasal" || (token.IsSynonym && token.Text == "spray")), token => Assert.Equal((0, 10), (token.Start, token.End)));
        Assert.Equal((11, 19), (tokens[^1].Start, tokens[^1].End));
    }

    [Fact]
    public void Analyze_LongestMatch_Wins()
    {
        var analyzer = Create("side => flank\nside effects => adverse");

        AnalyzerAssert.AnalyzesTo(analyzer, "side effects", ["advers"]);
    }

    [Fact]
    public void Analyze_StopWordInsidePhrase_StillMatches()
    {
        var analyzer = Create("out of body => dissociation");

        var tokens = analyzer.Analyze("an out of body feeling");

        Assert.Equal(["dissoci", "feel"], tokens.Select(token => token.Text));
        Assert.Equal((3, 14), (tokens[0].Start, tokens[0].End));
    }

    [Fact]
    public void Analyze_StemmedVariants_MatchRule()
    {
        var analyzer = Create("anxious => anxiety");

        AnalyzerAssert.AnalyzesTo(analyzer, "anxiously waiting", ["anxieti", "wait"]);
    }

    [Fact]
    public void Analyze_EmptyMap_ChangesNothing()
    {
        var analyzer = EnglishAnalyzer.Create(SynonymMap.Empty);

        AnalyzerAssert.AnalyzesTo(analyzer, "rapid relief", ["rapid", "relief"]);
    }

    [Fact]
    public void Analyze_ExplicitRuleListingItself_KeepsOriginalUnflagged()
    {
        var analyzer = Create("worried => worried, anxiety");

        var tokens = analyzer.Analyze("worried");

        Assert.Equal([("worri", false), ("anxieti", true)], tokens.Select(token => (token.Text, token.IsSynonym)));
        Assert.Equal([0, 0], tokens.Select(token => token.Position));
    }

    [Fact]
    public void Analyze_PartialPhrase_NoMatch()
    {
        var analyzer = Create("nose spray => nasal spray");

        AnalyzerAssert.AnalyzesTo(analyzer, "nose bleed", ["nose", "bleed"]);
    }
}
