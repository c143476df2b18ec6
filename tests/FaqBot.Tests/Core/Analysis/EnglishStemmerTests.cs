using System.Runtime.CompilerServices;
using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

public sealed class EnglishStemmerTests
{
    public static TheoryData<string, string> Vocabulary()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(DataPath()))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vocabulary))]
    public void Stem_PublishedVocabulary_MatchesOutput(string word, string expected)
    {
        var stem = EnglishStemmer.Stem(word);

        Assert.Equal(expected, stem);
    }

    [Fact]
    public void Vocabulary_Table_HasEnoughPairs()
    {
        Assert.True(Vocabulary().Count() >= 200);
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("", "")]
    [InlineData("yes", "yes")]
    [InlineData("sayings", "say")]
    [InlineData("'tis", "tis")]
    [InlineData("''s", "")]
    [InlineData("2022", "2022")]
    [InlineData("40s", "40s")]
    [InlineData("u.s", "u.s")]
    public void Stem_EdgeCases_DoNotThrow(string word, string expected)
    {
        var stem = EnglishStemmer.Stem(word);

        Assert.Equal(expected, stem);
    }

    [Fact]
    public void Stem_UnchangedWord_ReturnsSameInstance()
    {
        var word = "brain";

        var stem = EnglishStemmer.Stem(word);

        Assert.Same(word, stem);
    }

    [Fact]
    public void Stem_LongWord_UsesHeapBuffer()
    {
        var word = new string('b', 200) + "ations";

        var stem = EnglishStemmer.Stem(word);

        Assert.Equal(new string('b', 200) + "ation", stem);
    }

    private static string DataPath([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "porter2-vocabulary.tsv");
}
