using System.Runtime.CompilerServices;
using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

public sealed class SynonymMapTests
{
    private static readonly Analyzer TermAnalyzer = EnglishAnalyzer.CreateTermAnalyzer();

    private static SynonymMap Parse(string text) => SynonymMap.Parse(new StringReader(text), "test.txt", TermAnalyzer);

    [Fact]
    public void Parse_Equivalence_EachExpandsToOthers()
    {
        var map = Parse("worried, nervous, anxious");

        var rule = map.Rules["worri"];

        Assert.True(rule.KeepOriginal);
        Assert.Equal(["nervous", "anxious"], rule.Alternatives.Select(terms => string.Join(' ', terms)));
        Assert.Equal(3, map.Rules.Count);
    }

    [Fact]
    public void Parse_Explicit_ReplacesLeftSide()
    {
        var map = Parse("spaced out, floaty => dissociation");

        var rule = map.Rules["space out"];

        Assert.False(rule.KeepOriginal);
        Assert.Equal(["dissoci"], rule.Alternatives.Select(terms => string.Join(' ', terms)));
        Assert.True(map.Rules.ContainsKey("floati"));
        Assert.False(map.Rules.ContainsKey("dissoci"));
        Assert.Equal(2, map.MaxKeyLength);
    }

    [Fact]
    public void Parse_CommentsAndBlankLines_Ignored()
    {
        var map = Parse("# a comment\n\n   \n  # indented comment\nsick => nausea\n");

        Assert.Single(map.Rules);
    }

    [Fact]
    public void Parse_EscapedComma_StaysInTerm()
    {
        var map = Parse(@"a\,b => x");

        // The comma is part of the term; the tokenizer then splits it like the text would be split.
        Assert.True(map.Rules.ContainsKey("b"));
        Assert.Single(map.Rules);
    }

    [Fact]
    public void Parse_EscapedCommaBetweenDigits_KeepsOneTerm()
    {
        var map = Parse(@"1\,000, thousand");

        Assert.Equal(["thousand"], map.Rules["1,000"].Alternatives.Single());
        Assert.Equal(["1,000"], map.Rules["thousand"].Alternatives.Single());
    }

    [Fact]
    public void Parse_EscapedArrow_IsNotASeparator()
    {
        var map = Parse(@"x \=> y, z");

        Assert.True(map.Rules["x y"].KeepOriginal);
        Assert.Equal(["z"], map.Rules["x y"].Alternatives.Single());
    }

    [Fact]
    public void Parse_MultiWordAlternative_KeepsAllTerms()
    {
        var map = Parse("nose spray => nasal spray");

        Assert.Equal(["nasal", "spray"], map.Rules["nose spray"].Alternatives.Single());
    }

    [Fact]
    public void Parse_SameKeyTwice_MergesAlternatives()
    {
        var map = Parse("sick => nausea\nsick => vomit\n");

        Assert.Equal(["nausea", "vomit"], map.Rules["sick"].Alternatives.Select(terms => terms[0]));
    }

    [Theory]
    [InlineData("=> x")]
    [InlineData("a =>")]
    [InlineData("a => b => c")]
    [InlineData("a, , b")]
    [InlineData("a,")]
    [InlineData("the, of => x")]
    public void Parse_MalformedLine_ThrowsNamingFileAndLine(string line)
    {
        var text = "# header\nok, fine\n" + line + "\n";

        var error = Assert.Throws<SynonymFormatException>(() => Parse(text));

        Assert.Equal(3, error.LineNumber);
        Assert.Equal("test.txt", error.SourceName);
        Assert.StartsWith("test.txt:3:", error.Message);
    }

    [Fact]
    public void Load_MissingFile_Throws()
    {
        Assert.ThrowsAny<IOException>(() => SynonymMap.Load("/nonexistent/synonyms.txt", TermAnalyzer));
    }

    [Fact]
    public void Load_ShippedSynonymsFile_Parses()
    {
        var map = SynonymMap.Load(ShippedFile(), TermAnalyzer);

        Assert.True(map.Rules.Count > 100);
        Assert.Contains(map.Rules["space out"].Alternatives, terms => terms.SequenceEqual(["dissoci"]));
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
