using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

/// Domain assertions for analysis chains, in the image of Lucene's BaseTokenStreamTestCase.
internal static class AnalyzerAssert
{
    public static void AnalyzesTo(Analyzer analyzer, string text, string[] expected)
    {
        var actual = analyzer.Analyze(text).Select(token => token.Text).ToArray();
        Assert.Equal(expected, actual);
    }

    public static void AnalyzesTo(Analyzer analyzer, string text, string[] expectedTexts, int[] expectedPositions)
    {
        var tokens = analyzer.Analyze(text);
        Assert.Equal(expectedTexts, tokens.Select(token => token.Text).ToArray());
        Assert.Equal(expectedPositions, tokens.Select(token => token.Position).ToArray());
    }

    public static void TokenizesTo(ITokenizer tokenizer, string text, string[] expected)
    {
        var tokens = tokenizer.Tokenize(text).ToList();
        Assert.Equal(expected, tokens.Select(token => token.Text).ToArray());
        foreach (var token in tokens)
        {
            // Offsets must point at the token's characters in the original text.
            Assert.Equal(token.Text, text[token.Start..token.End]);
        }
    }

    public static Analyzer Chain(params ITokenFilter[] filters)
    {
        var builder = new AnalyzerBuilder(new WordTokenizer());
        foreach (var filter in filters)
        {
            builder.Add(filter);
        }

        return builder.Build();
    }
}
