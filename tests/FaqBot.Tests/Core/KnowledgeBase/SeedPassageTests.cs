using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class SeedPassageTests
{
    private static readonly KnowledgeBaseContent Content = new KnowledgeBaseLoader().Load(KnowledgeBasePaths.Seeds);

    [Theory]
    [InlineData("how-ketamine-works-on-your-brain.txt", 8, "How Ketamine Works on Your Brain")]
    [InlineData("how-ketamine-therapy-works-in-the-brain.txt", 13, "How does ketamine therapy work in the brain?")]
    [InlineData("ketamine-boosts-neuroplasticity.txt", 12, "Ketamine boosts neuroplasticity")]
    [InlineData("what-does-ketamine-do-to-your-brain.txt", 18, "What Does Ketamine Do to Your Brain? Answers Inside")]
    [InlineData("how-medical-ketamine-helps-mental-health.txt", 8, "How Does Medical Ketamine Help Mental Health?")]
    public void Load_Seed_HasExpectedPassageCountAndTitle(string file, int passages, string title)
    {
        var document = Content.Documents.Single(d => d.SourceFile == file);

        Assert.Equal(passages, document.Passages.Count);
        Assert.Equal(title, document.Title);
        Assert.All(document.Passages, p => Assert.Equal(title, p.DocumentTitle));
    }

    [Fact]
    public void Load_Seeds_EveryPassageIsTheVerbatimSourceRange()
    {
        var passages = Content.AllPassages.ToList();

        Assert.Equal(5, Content.Documents.Count);
        Assert.All(passages, p =>
        {
            var lines = KnowledgeBasePaths.SeedLines(p.SourceFile);
            Assert.InRange(p.StartLine, 1, p.EndLine);
            Assert.Equal(string.Join('\n', lines[(p.StartLine - 1)..p.EndLine]), p.Text);
        });
    }

    [Fact]
    public void Load_Seeds_NoLongSentenceIsDropped()
    {
        var kept = Content.AllPassages.SelectMany(p => p.Text.Split('\n')).ToHashSet();

        var lost = Content.Documents
            .SelectMany(d => KnowledgeBasePaths.SeedLines(d.SourceFile))
            .Where(line => line.TrimEnd().EndsWith('.') && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12)
            .Where(line => !kept.Contains(line))
            .ToList();

        Assert.Empty(lost);
    }

    [Fact]
    public void Load_Seed001ShortList_IsOnePassageWithItsLeadIn()
    {
        var passages = PassagesOf("how-ketamine-therapy-works-in-the-brain.txt");

        var list = passages.Single(p => p.StartLine == 17);

        Assert.Equal(21, list.EndLine);
        Assert.StartsWith("Ketamine therapy has shown promise", list.Text);
        Assert.EndsWith("- Chronic pain management", list.Text);
        Assert.Equal("Conditions That May Benefit from Ketamine Therapy", list.Heading);
    }

    [Fact]
    public void Load_Seed001LongItems_AreSeparatePassagesLeadInWithFirst()
    {
        var passages = PassagesOf("how-ketamine-therapy-works-in-the-brain.txt");

        var ranges = passages.Where(p => p.Heading == "Resetting the Brain's Neural Connections").Select(p => (p.StartLine, p.EndLine));

        Assert.Equal([(10, 11), (12, 12), (13, 13)], ranges);
    }

    [Fact]
    public void Load_Seed002TermItems_EachItemIsAPassageUnderItsHeading()
    {
        var passages = PassagesOf("ketamine-boosts-neuroplasticity.txt");

        var great = passages.Where(p => p.Heading == "Why is this so great?").Select(p => p.StartLine);

        Assert.Equal([10, 11, 12], great);
        Assert.Null(passages[0].Heading);
        Assert.Equal(1, passages[0].StartLine);
    }

    [Fact]
    public void Load_Seed003_FindsAllHeadingsIncludingQuestions()
    {
        var document = Content.Documents.Single(d => d.SourceFile == "what-does-ketamine-do-to-your-brain.txt");

        var headings = document.Headings;

        Assert.Equal(16, headings.Count);
        Assert.Equal("Overview", headings[0]);
        Assert.Contains("How Does Ketamine Affect the Brain?", headings);
        Assert.Equal("Recap", headings[^1]);
    }

    [Fact]
    public void Load_Seed000_LongQuestionLineIsAParagraphNotAHeading()
    {
        var document = Content.Documents.Single(d => d.SourceFile == "how-ketamine-works-on-your-brain.txt");

        var first = document.Passages[0];

        Assert.Equal(4, first.StartLine);
        Assert.DoesNotContain(document.Headings, h => h.StartsWith("Ketamine is the new", StringComparison.Ordinal));
        Assert.Contains("What is Synaptic Plasticity?", document.Headings);
    }

    [Fact]
    public void Load_Seeds_PassageIdsAreUniqueTwelveHexChars()
    {
        var ids = Content.AllPassages.Select(p => p.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{12}$", id));
    }

    private static IReadOnlyList<Passage> PassagesOf(string file) =>
        Content.Documents.Single(d => d.SourceFile == file).Passages;
}
