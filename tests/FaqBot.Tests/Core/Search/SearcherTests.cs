using FaqBot.Core.Analysis;
using FaqBot.Core.Indexing;
using FaqBot.Core.Search;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Search;

public sealed class SearcherTests
{
    private static Searcher Make(params FaqBot.Core.KnowledgeBase.Passage[] passages)
    {
        var analyzer = EnglishAnalyzers.CreateTerms();
        return new Searcher(KeywordIndex.Build(passages, "test"), analyzer, analyzer, new SearchOptions());
    }

    private static readonly FaqBot.Core.KnowledgeBase.Passage[] Corpus =
    [
        Passages.Make("a", "Ketamine can cause nausea and dissociation during the infusion session."),
        Passages.Make("b", "Each session lasts about forty minutes in a quiet clinical room with a nurse."),
        Passages.Make("c", "Glutamate is a neurotransmitter that plays a role in learning and memory."),
        Passages.Make("d", "Patients with anxiety often feel relief within hours of their first treatment."),
        Passages.Make("e", "Brain cells grow new connections; this growth of cells in the brain is plasticity."),
        Passages.Make("f", "The brain is an organ; new cells appear slowly over many years of careful study."),
    ];

    [Fact]
    public void Search_ExactTerm_RanksPassageWithTermFirst()
    {
        var searcher = Make(Corpus);

        var result = searcher.Search("glutamate");

        Assert.Equal("c", result.Hits[0].Passage.Id);
        Assert.Equal(1.0, result.Hits[0].Coverage, 3);
    }

    [Fact]
    public void Search_Typo_FindsWordButScoresBelowExactSpelling()
    {
        var searcher = Make(Corpus);

        var typo = searcher.Search("anxeity");
        var exact = searcher.Search("anxiety");

        Assert.Equal("d", typo.Hits[0].Passage.Id);
        Assert.True(typo.Hits[0].Score < exact.Hits[0].Score);
    }

    [Fact]
    public void Search_TypoAgain_NearWordsRememberedGiveTheSameRanking()
    {
        var searcher = Make(Corpus);

        var first = searcher.Search("actualy anxeity");
        var again = searcher.Search("actualy anxeity");

        Assert.Equal(["anxeity"], again.Clauses.Select(c => c.Word));
        Assert.Equal(first.Hits.Select(h => (h.Passage.Id, h.Score)), again.Hits.Select(h => (h.Passage.Id, h.Score)));
        Assert.Equal("d", again.Hits[0].Passage.Id);
        Assert.Equal(["anxiety"], searcher.Index.FindNearWords("anxeity"));
        Assert.Empty(searcher.Index.FindNearWords("anx"));
    }

    [Fact]
    public void Search_UnknownWord_LowersCoverage()
    {
        var searcher = Make(Corpus);

        var result = searcher.Search("insurance ketamine");

        Assert.Equal("a", result.Hits[0].Passage.Id);
        Assert.True(result.Hits[0].Coverage < 0.5, $"coverage {result.Hits[0].Coverage}");
        Assert.Contains(result.Clauses, c => c.IsUnknown && c.Word == "insurance");
    }

    [Fact]
    public void Search_FamilyMemberTheDocumentsLack_DoesNotMakeTheQuestionLookUncovered()
    {
        var searcher = Make(Corpus);

        var result = searcher.Search("my daughter has anxiety");

        Assert.Equal("d", result.Hits[0].Passage.Id);
        Assert.True(result.Hits[0].Coverage > 0.75, $"coverage {result.Hits[0].Coverage}");
    }

    [Fact]
    public void Search_WordsCloseTogether_EarnProximityBonus()
    {
        var searcher = Make(Corpus);

        var result = searcher.Search("brain cells");

        Assert.Equal("e", result.Hits[0].Passage.Id);
    }

    [Fact]
    public void Search_HeadingMatch_OutranksPassingMention()
    {
        var searcher = Make(
            Passages.Make("x", "It lasts about forty minutes, sometimes an hour.", heading: "Treatment sessions"),
            Passages.Make("y", "Many patients ask questions before treatment starts and we answer them all.", heading: "Overview"));

        var result = searcher.Search("treatment");

        Assert.Equal("x", result.Hits[0].Passage.Id);
    }

    [Fact]
    public void Search_OnlyFillerWords_ReturnsNoHits()
    {
        var searcher = Make(Corpus);

        var result = searcher.Search("what is it?");

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.Confidence);
    }

    [Fact]
    public void Search_TypoOfFillerWord_IsNotAClause()
    {
        var searcher = Make(Corpus);

        var result = searcher.Search("actualy glutamate");

        Assert.Equal(["glutamate"], result.Clauses.Select(c => c.Word));
    }

    [Theory]
    [InlineData("wat is glutamate tbh")]
    [InlineData("idk abt glutamate rn, lemme know thx")]
    [InlineData("r u sure glutamate is it cuz ya")]
    public void Search_ChatSpellingsOfFillers_AreNotClauses(string question)
    {
        var searcher = Make(Corpus);

        var result = searcher.Search(question);

        Assert.Equal(["glutamate"], result.Clauses.Select(c => c.Word));
        Assert.Equal("c", result.Hits[0].Passage.Id);
    }

    [Fact]
    public void Search_NamingTheMaterial_WeighsAsAGenericWord()
    {
        var searcher = Make(Corpus);

        var result = searcher.Search("glutamate in the booklet");

        var booklet = Assert.Single(result.Clauses, c => c.Word == "booklet");
        Assert.True(booklet.IsUnknown);
        Assert.Equal(GenericWords.UnknownWeight, booklet.CoverageWeight);
        Assert.Equal(GenericWords.ScoreWeight, booklet.Weight);
        Assert.Equal(1, Assert.Single(result.Clauses, c => c.Word == "glutamate").Weight);
    }

    [Fact]
    public void Search_Synonym_MatchesDocumentWordAtLowerBoost()
    {
        var analyzer = EnglishAnalyzers.CreateTerms();
        var query = EnglishAnalyzers.CreateQuery(SynonymsFile.Parse("queasy => nausea", "test.txt"));
        var searcher = new Searcher(KeywordIndex.Build(Corpus, "test"), query, analyzer, new SearchOptions());

        var result = searcher.Search("queasy");

        Assert.Equal("a", result.Hits[0].Passage.Id);
        Assert.Equal(new TermAlternative("nausea", 0.9f), Assert.Single(result.Clauses[0].Alternatives));
    }

    [Fact]
    public void Search_HugeQuestion_IsBoundedAndDoesNotThrow()
    {
        var searcher = Make(Corpus);
        var huge = string.Concat(Enumerable.Repeat("ketamine nausea zzz ", 50_000));

        var result = searcher.Search(huge);

        Assert.True(result.Clauses.Count <= 32);
        Assert.Equal("a", result.Hits[0].Passage.Id);
    }
}
