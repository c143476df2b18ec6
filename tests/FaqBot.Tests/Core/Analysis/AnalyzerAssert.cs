using FaqBot.Core.Analysis;
using Lucene.Net.Analysis;

namespace FaqBot.Tests.Core.Analysis;

/// Domain assertions for analysis chains, in the image of Lucene's BaseTokenStreamTestCase.
internal static class AnalyzerAssert
{
    public static readonly Analyzer Terms = EnglishAnalyzers.CreateTerms();

    public static void AnalyzesTo(Analyzer analyzer, string text, string[] expected) =>
        Assert.Equal(expected, TokenReader.Terms(analyzer, text).ToArray());

    public static void AnalyzesTo(Analyzer analyzer, string text, string[] expectedTerms, int[] expectedPositions)
    {
        var tokens = TokenReader.Analyze(analyzer, text);
        Assert.Equal(expectedTerms, tokens.Select(token => token.Term).ToArray());
        Assert.Equal(expectedPositions, tokens.Select(token => token.Position).ToArray());
    }

    /// The words as written (offsets into the text) that the chain keeps.
    public static void KeepsWords(string text, string[] expected)
    {
        var tokens = TokenReader.Analyze(EnglishAnalyzers.CreateSurfaceWords(), text);
        Assert.Equal(expected, tokens.Select(token => text[token.Start..token.End]).ToArray());
    }

    public static Analyzer WithSynonyms(string rules) => EnglishAnalyzers.CreateQuery(SynonymsFile.Parse(rules, "test.txt"));
}
