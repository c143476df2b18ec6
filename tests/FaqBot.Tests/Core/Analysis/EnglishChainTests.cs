using System.Text;
using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

/// The Lucene.Net chain as FaqBot configures it: what reaches the index for the prose patients and documents write.
public sealed class EnglishChainTests
{
    [Theory]
    [InlineData("Ketamine works fast.", new[] { "Ketamine", "works", "fast" })]
    [InlineData("brain-derived neurotrophic", new[] { "brain", "derived", "neurotrophic" })]
    [InlineData("and/or IV/nasal", new[] { "IV", "nasal" })]
    [InlineData("don't it’s", new[] { "don't", "it’s" })]
    [InlineData("'quoted' users'", new[] { "quoted", "users" })]
    [InlineData("e.g. i.e. Ph.D.", new[] { "e.g", "i.e", "Ph.D" })]
    [InlineData("40 minutes in 2022, 3.5 mg, 1,000 people", new[] { "40", "minutes", "2022", "3.5", "mg", "1,000", "people" })]
    [InlineData("learning & memory–especially", new[] { "learning", "memory", "especially" })]
    public void Analyze_Prose_SplitsIntoWordsWithOffsets(string text, string[] expected)
    {
        AnalyzerAssert.KeepsWords(text, expected);
    }

    [Fact]
    public void Analyze_EmojiAndZeroWidth_AreSeparators()
    {
        AnalyzerAssert.KeepsWords("feeling 😊better👍🏽 today keta\u200Bmine", ["feeling", "better", "today", "keta", "mine"]);
    }

    [Fact]
    public void Analyze_RightToLeftAndAccents_KeepWords()
    {
        AnalyzerAssert.KeepsWords("שלום עולם مرحبا naïve cafe\u0301", ["שלום", "עולם", "مرحبا", "naïve", "cafe\u0301"]);
    }

    [Fact]
    public void Analyze_EmptyOrPunctuationOnly_GivesNothing()
    {
        Assert.Empty(TokenReader.Analyze(AnalyzerAssert.Terms, ""));
        Assert.Empty(TokenReader.Analyze(AnalyzerAssert.Terms, " -- ... ''' ?! \uD800 "));
    }

    [Fact]
    public void Analyze_OneMegabyte_AnalyzesAll()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append("ketamine sessions help ");
        }

        var tokens = TokenReader.Analyze(AnalyzerAssert.Terms, builder.ToString());

        Assert.True(tokens.Count > 120_000);
        Assert.All(tokens.Take(3), token => Assert.Contains(token.Term, new[] { "ketamin", "session", "help" }));
    }

    [Fact]
    public void Analyze_Possessive_StripsApostropheS()
    {
        AnalyzerAssert.AnalyzesTo(AnalyzerAssert.Terms, "The user's books, the brain’s ability, KETAMINE'S effect", ["user", "book", "brain", "abil", "ketamin", "effect"]);
    }

    [Fact]
    public void Analyze_Acronyms_KeptUnstemmedAndMarked()
    {
        var tokens = TokenReader.Analyze(AnalyzerAssert.Terms, "NMDA receptors, BDNF levels and LTP; Ketamine's AMPAS; ptsd");

        Assert.Equal(["nmda", "receptor", "bdnf", "level", "ltp", "ketamin", "ampas", "ptsd"], tokens.Select(token => token.Term));
        Assert.True(tokens[0].IsKeyword);
        Assert.False(tokens[1].IsKeyword);
        Assert.True(tokens[^1].IsKeyword); // a configured acronym is protected whatever its case
    }

    [Theory]
    [InlineData("Ketamine", false)]
    [InlineData("ABCDEFG", false)]
    [InlineData("Ltp", false)]
    [InlineData("XYZQ", true)]
    public void IsAcronymShape_TwoToSixCapitals(string word, bool expected)
    {
        Assert.Equal(expected, EnglishChain.IsAcronymShape(word));
    }

    [Fact]
    public void Analyze_StopWords_LeaveGapsAndOffsets()
    {
        var text = "Is it safe for the brain?";

        var tokens = TokenReader.Analyze(AnalyzerAssert.Terms, text);

        Assert.Equal([("safe", 2), ("brain", 5)], tokens.Select(token => (token.Term, token.Position)));
        Assert.Equal("brain", text[tokens[1].Start..tokens[1].End]);
    }

    [Fact]
    public void StopWords_AreLuceneEnglishDefault()
    {
        Assert.Equal(33, EnglishChain.StopWords.Count);
        var words = ((IEnumerable<string>)EnglishChain.StopWords).ToList();
        Assert.Contains("such", words);
        Assert.DoesNotContain("how", words);
    }

    [Fact]
    public void Analyze_LowerCase_KeepsOffsets()
    {
        var tokens = TokenReader.Analyze(AnalyzerAssert.Terms, "Ketamine ÉTAT");

        Assert.Equal(["ketamin", "état"], tokens.Select(token => token.Term));
        Assert.Equal([(0, 8), (9, 13)], tokens.Select(token => (token.Start, token.End)));
    }

    [Fact]
    public void Analyze_VeryLongWord_DoesNotThrow()
    {
        var tokens = TokenReader.Analyze(AnalyzerAssert.Terms, new string('a', 300) + " brain");

        Assert.Equal("brain", tokens[^1].Term);
    }
}
