using FaqBot.Core.Analysis;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Search;

// Rescoring reads which query terms a candidate passage holds, and where they stand in its body, from the postings of
// the query's terms. The oracle here is the analyzer itself: each passage's text run through the chain the index uses.
public sealed class CandidateTermsTests
{
    private static readonly IReadOnlyList<Passage> Seed = [.. new KnowledgeBaseLoader().Load(Repo.KnowledgeBase).AllPassages];
    private static readonly KeywordIndex Index = KeywordIndex.Build(Seed, "candidate-terms");

    [Fact]
    public void Read_EverySeedPassage_FindsWhatTheAnalyzerPutInItsFieldsAndBody()
    {
        var analyzer = EnglishAnalyzers.CreateTerms();
        // Every term of three passages, plus terms no passage has, asked of every passage (so most lookups miss).
        var terms = new[] { 0, Seed.Count / 2, Seed.Count - 1 }
            .SelectMany(i => TokenReader.Terms(analyzer, Everything(Seed[i])))
            .Append("zzzunknownzzz").Append("")
            .Distinct().ToList();
        var docs = Enumerable.Range(0, Seed.Count).Reverse().ToList(); // any order in, read in passage order

        var read = CandidateTerms.Read(Index.Searcher.IndexReader, docs, terms);

        foreach (var doc in docs)
        {
            var passage = Index.Passages[doc];
            var present = TokenReader.Terms(analyzer, Everything(passage)).ToHashSet(StringComparer.Ordinal);
            var body = TokenReader.Analyze(analyzer, passage.Text);
            foreach (var term in terms)
            {
                Assert.True(present.Contains(term) == read.Contains(doc, term), $"passage {passage.Id}, term '{term}'");
                int[] expected = [.. body.Where(t => t.Term == term).Select(t => t.Position)];
                Assert.Equal(expected, read.BodyPositions(doc, term));
            }
        }
    }

    [Fact]
    public void Read_PassagesNotAsked_KnowsNothingOfThem()
    {
        var term = TokenReader.Terms(EnglishAnalyzers.CreateTerms(), Seed[0].Text)[0];

        var read = CandidateTerms.Read(Index.Searcher.IndexReader, [1, 2], [term]);

        Assert.False(read.Contains(0, term));
        Assert.Empty(read.BodyPositions(0, term));
    }

    // The texts the catch-all field holds the terms of (PassageAnalyzer takes the union of their terms).
    private static string Everything(Passage passage) =>
        string.Join("\n", [passage.DocumentTitle, passage.Heading ?? "", passage.Text, .. passage.Questions]);
}
