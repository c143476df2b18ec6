using System.Runtime.CompilerServices;
using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

/// The published Porter2 (Snowball English) vocabulary, run through FaqBot's whole chain: a word that is not a
/// stop word must come out as the stemmer's published output.
public sealed class Porter2VocabularyTests
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

            // The published apostrophe cases test the stemmer's own apostrophe handling; in the chain the
            // StandardTokenizer never hands the stemmer a leading or trailing apostrophe, so they cannot apply.
            if (line[0] == '\'' || line.Split('\t')[0].EndsWith('\''))
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
    public void Analyze_PublishedVocabulary_MatchesStemmerOutput(string word, string expected)
    {
        var terms = TokenReader.Terms(AnalyzerAssert.Terms, word);

        var lucene = LuceneSnowballDifferences.GetValueOrDefault(word, expected);
        Assert.Equal(EnglishChain.StopWords.Contains(word) ? [] : [lucene], terms);
    }

    // Lucene ships the Snowball English stemmer of 2006; later Porter2 revisions added these exceptions
    // ("evening", "paste") and the "-ying" rule, so Lucene stems them the older way.
    private static readonly Dictionary<string, string> LuceneSnowballDifferences = new(StringComparer.Ordinal)
    {
        ["vying"] = "vy", ["evening"] = "even", ["evenings"] = "even", ["paste"] = "past", ["pasted"] = "past", ["pasting"] = "past",
    };

    [Fact]
    public void Vocabulary_Table_HasEnoughPairs()
    {
        Assert.True(Vocabulary().Count() >= 200);
    }

    [Theory]
    [InlineData("sayings", "say")]
    [InlineData("2022", "2022")]
    [InlineData("40s", "40s")]
    [InlineData("brain", "brain")]
    public void Analyze_EdgeCases(string word, string expected)
    {
        Assert.Equal([expected], TokenReader.Terms(AnalyzerAssert.Terms, word));
    }

    private static string DataPath([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "porter2-vocabulary.tsv");
}
