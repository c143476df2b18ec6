using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

public sealed class EnglishAnalyzerTests
{
    private readonly Analyzer _analyzer = EnglishAnalyzer.Create();

    [Fact]
    public void Analyze_Possessive_StripsApostropheS()
    {
        AnalyzerAssert.AnalyzesTo(_analyzer, "The user's books", ["user", "book"]);
    }

    [Fact]
    public void Analyze_Acronyms_KeptUnstemmed()
    {
        var tokens = _analyzer.Analyze("NMDA receptors, BDNF levels and LTP; Ketamine's AMPAS");

        Assert.Equal(["nmda", "receptor", "bdnf", "level", "ltp", "ketamin", "ampas"], tokens.Select(token => token.Text));
        Assert.True(tokens[0].IsKeyword);
        Assert.False(tokens[1].IsKeyword);
    }

    [Fact]
    public void Analyze_StopWords_LeaveGapsAndOffsets()
    {
        var text = "Is it safe for the brain?";

        var tokens = _analyzer.Analyze(text);

        Assert.Equal([("safe", 2), ("brain", 5)], tokens.Select(token => (token.Text, token.Position)));
        Assert.Equal("brain", text[tokens[1].Start..tokens[1].End]);
    }

    [Fact]
    public void Acronyms_ContainsClinicalAcronyms()
    {
        Assert.Contains("ptsd", EnglishAnalyzer.Acronyms);
        Assert.Contains("IV", EnglishAnalyzer.Acronyms);
    }

    [Fact]
    public void Analyze_ShippedSynonyms_MapsLayWordsToDocumentWords()
    {
        var map = SynonymMap.Load(SynonymMapTests.ShippedFile(), EnglishAnalyzer.CreateTermAnalyzer());
        var analyzer = EnglishAnalyzer.Create(map);

        var spaced = analyzer.Analyze("Will I feel spaced out?").Select(token => token.Text);
        var fast = analyzer.Analyze("how fast does it work").Select(token => token.Text);
        var sick = analyzer.Analyze("will I throw up").Select(token => token.Text);
        var spelling = analyzer.Analyze("an anaesthetic").Select(token => token.Text);

        Assert.Contains("dissoci", spaced);
        Assert.Contains("rapid", fast);
        Assert.Contains("nausea", sick);
        Assert.Contains("anesthet", spelling);
    }
}
