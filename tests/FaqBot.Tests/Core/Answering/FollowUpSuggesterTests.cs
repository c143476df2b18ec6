using FaqBot.Core.Answering;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;

namespace FaqBot.Tests.Core.Answering;

public sealed class FollowUpSuggesterTests
{
    // Two documents: a.txt with five sections, b.txt with two; every heading is a question that finds its own section.
    private static readonly Passage[] Passages =
    [
        Section("a1", "Is alpha safe?", "a.txt"), Section("a2", "Is beta safe?", "a.txt"), Section("a2b", "Is beta safe?", "a.txt"),
        Section("b1", "Is zeta safe?", "b.txt"), Section("a3", "Is gamma safe?", "a.txt"), Section("a4", "Is delta safe?", "a.txt"),
        Section("b2", "Is eta safe?", "b.txt"), Section("a5", "Is epsilon safe?", "a.txt"),
    ];

    private static readonly FollowUpSuggester Suggester = new(Passages, question =>
        Passages.Select((p, n) => (Passage: p, Number: n)).Where(x => x.Passage.Heading == question)
            .Select(x => new SearchHit(x.Passage, x.Number, 1, 1, [])).FirstOrDefault());

    [Fact]
    public void Suggest_QuotedSection_OffersTheNearestSectionAfterThenBeforeInItsOwnDocument()
    {
        var gamma = Hit("a3");

        var suggested = Suggester.Suggest("tell me about gamma", [gamma], ["a3"]);

        // Sections are counted once however many passages they have, and b.txt's sections, interleaved in the
        // passage order, are not a.txt's neighbours.
        Assert.Equal(["Is delta safe?", "Is beta safe?"], suggested);
    }

    [Fact]
    public void Suggest_LastSectionOfADocument_OffersOnlyTheOneBefore()
    {
        var suggested = Suggester.Suggest("tell me about eta", [Hit("b2")], ["b2"]);

        Assert.Equal(["Is zeta safe?"], suggested);
    }

    [Fact]
    public void Suggest_FirstSectionOfADocument_OffersOnlyTheOneAfter()
    {
        var suggested = Suggester.Suggest("tell me about alpha", [Hit("a1")], ["a1"]);

        Assert.Equal(["Is beta safe?"], suggested);
        Assert.Equal(7, Suggester.All.Count); // a section's heading is one question, however many passages it has
    }

    private static SearchHit Hit(string id)
    {
        var number = Array.FindIndex(Passages, p => p.Id == id);
        return new SearchHit(Passages[number], number, 1, 1, []);
    }

    private static Passage Section(string id, string heading, string file) =>
        TestSupport.Passages.Make(id, $"Text of {id}.", heading, file: file);
}
