using System.Runtime.CompilerServices;
using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

/// synonyms.txt through Lucene's SolrSynonymParser and SynonymFilter, as FaqBot reads and applies it.
public sealed class SynonymsFileTests
{
    [Fact]
    public void Analyze_EquivalenceRule_KeepsOriginalAndAddsSynonymsAtSamePosition()
    {
        var analyzer = AnalyzerAssert.WithSynonyms("worried, nervous");

        var tokens = TokenReader.Analyze(analyzer, "I feel nervous today");

        // Lucene emits the rule's terms in the order of the rule, the typed word among them, all at its position.
        Assert.Equal(["i", "feel", "worri", "nervous", "today"], tokens.Select(token => token.Term));
        Assert.Equal([0, 1, 2, 2, 3], tokens.Select(token => token.Position));
        Assert.True(tokens[2].IsSynonym);
        Assert.Equal((7, 14), (tokens[2].Start, tokens[2].End));
    }

    [Fact]
    public void Analyze_ExplicitMultiWordRule_ReplacesWithSpanOffsets()
    {
        var analyzer = AnalyzerAssert.WithSynonyms("spaced out => dissociation");

        var tokens = TokenReader.Analyze(analyzer, "Will I feel spaced out after?");

        Assert.Equal(["i", "feel", "dissoci", "after"], tokens.Select(token => token.Term));
        Assert.Equal((12, 22), (tokens[2].Start, tokens[2].End));
        Assert.True(tokens[2].IsSynonym);
    }

    [Fact]
    public void Analyze_StopWordInsidePhrase_StillMatches()
    {
        // SolrSynonymParser would reject "out of body" (the stop filter leaves a position gap); FaqBot reads entries
        // with the gaps closed, and SynonymFilter matches the same words across the gap in a question.
        var analyzer = AnalyzerAssert.WithSynonyms("out of body => dissociation");

        var tokens = TokenReader.Analyze(analyzer, "an out of body feeling");

        Assert.Equal(["dissoci", "feel"], tokens.Select(token => token.Term));
        Assert.Equal((3, 14), (tokens[0].Start, tokens[0].End));
    }

    [Fact]
    public void Analyze_LongestMatch_Wins()
    {
        AnalyzerAssert.AnalyzesTo(AnalyzerAssert.WithSynonyms("side => flank\nside effects => adverse"), "side effects", ["advers"]);
    }

    [Fact]
    public void Analyze_StemmedVariants_MatchRule()
    {
        AnalyzerAssert.AnalyzesTo(AnalyzerAssert.WithSynonyms("anxious => anxiety"), "anxiously waiting", ["anxieti", "wait"]);
    }

    [Fact]
    public void Analyze_PartialPhrase_NoMatch()
    {
        AnalyzerAssert.AnalyzesTo(AnalyzerAssert.WithSynonyms("nose spray => nasal spray"), "nose bleed", ["nose", "bleed"]);
    }

    [Fact]
    public void Analyze_MultiWordAlternative_TakesConsecutivePositions()
    {
        var tokens = TokenReader.Analyze(AnalyzerAssert.WithSynonyms("nose spray => nasal spray"), "nose spray");

        Assert.Equal([("nasal", 0), ("spray", 1)], tokens.Select(token => (token.Term, token.Position)));
    }

    [Fact]
    public void Parse_CommentsBlankLinesAndEscapedComma_Accepted()
    {
        var analyzer = AnalyzerAssert.WithSynonyms("# a comment\n\n   \n  # indented\nsick => nausea\n1\\,000, thousand\n");

        AnalyzerAssert.AnalyzesTo(analyzer, "sick", ["nausea"]);
        Assert.Contains("1,000", TokenReader.Terms(analyzer, "thousand"));
    }

    [Theory]
    [InlineData("=> x")]
    [InlineData("a =>")]
    [InlineData("a => b => c")]
    [InlineData("the, of => x")]
    [InlineData("the => x")]
    public void Parse_MalformedLine_ThrowsNamingFileAndLine(string line)
    {
        var error = Assert.Throws<SynonymFormatException>(() => SynonymsFile.Parse("# header\nok, fine\n" + line + "\n", "test.txt"));

        Assert.Equal(3, error.LineNumber);
        Assert.Equal("test.txt", error.SourceName);
        Assert.StartsWith("test.txt:3:", error.Message);
    }

    [Fact]
    public void Load_MissingFile_Throws()
    {
        Assert.ThrowsAny<IOException>(() => SynonymsFile.Load("/nonexistent/synonyms.txt"));
    }

    [Fact]
    public void Load_ShippedFile_MapsLayWordsToDocumentWords()
    {
        var analyzer = EnglishAnalyzers.CreateQuery(SynonymsFile.Load(ShippedFile()));

        Assert.Contains("dissoci", TokenReader.Terms(analyzer, "Will I feel spaced out?"));
        Assert.Contains("rapid", TokenReader.Terms(analyzer, "how fast does it work"));
        Assert.Contains("nausea", TokenReader.Terms(analyzer, "will I throw up"));
        Assert.Contains("anesthet", TokenReader.Terms(analyzer, "an anaesthetic"));
    }

    internal static string ShippedFile([CallerFilePath] string sourceFile = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "knowledge-base", "synonyms.txt")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "knowledge-base", "synonyms.txt");
    }
}
