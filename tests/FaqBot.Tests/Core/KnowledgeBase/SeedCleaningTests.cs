using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

// Every line each seed loses, with its rule: a change in what cleaning drops shows up here.
public sealed class SeedCleaningTests
{
    private static readonly KnowledgeBaseContent Content = new KnowledgeBaseLoader().Load(KnowledgeBasePaths.Seeds);

    [Fact]
    public void Load_Seed000HowKetamineWorksOnYourBrain_DropsBylinesTeasersAndPostLists()
    {
        (int, string)[] expected =
        [
            (1, "byline"), (2, "byline"),
            (8, "also-read"), (11, "also-read"), (14, "also-read"),
            (20, "recent-posts"), (21, "recent-posts"), (22, "recent-posts"), (23, "recent-posts"), (24, "recent-posts"), (25, "recent-posts"),
            (26, "recent-comments"), (27, "recent-comments"),
        ];

        var dropped = DroppedOf("how-ketamine-works-on-your-brain.txt");

        Assert.Equal(expected, dropped);
    }

    [Fact]
    public void Load_Seed001HowKetamineTherapyWorks_DropsOnlyImageRemnants()
    {
        (int, string)[] expected = [(2, "image"), (3, "image")];

        var dropped = DroppedOf("how-ketamine-therapy-works-in-the-brain.txt");

        Assert.Equal(expected, dropped);
    }

    [Fact]
    public void Load_Seed002KetamineBoostsNeuroplasticity_DropsReferencesAndComments()
    {
        (int, string)[] expected = [(19, "references"), (20, "references"), (21, "references"), (22, "byline")];

        var dropped = DroppedOf("ketamine-boosts-neuroplasticity.txt");

        Assert.Equal(expected, dropped);
    }

    [Fact]
    public void Load_Seed003WhatDoesKetamineDo_DropsCallsToActionAndSlogan()
    {
        (int, string)[] expected =
        [
            (63, "call-to-action"), (73, "short-fragment"), (75, "call-to-action"), (76, "call-to-action"), (78, "call-to-action"),
        ];

        var dropped = DroppedOf("what-does-ketamine-do-to-your-brain.txt");

        Assert.Equal(expected, dropped);
    }

    [Fact]
    public void Load_Seed004HowMedicalKetamineHelps_DropsDuplicateTitleAndRelatedPosts()
    {
        (int, string)[] expected = [(3, "duplicate-title"), (21, "recent-posts")];

        var dropped = DroppedOf("how-medical-ketamine-helps-mental-health.txt");

        Assert.Equal(expected, dropped);
    }

    [Fact]
    public void Load_Seeds_DroppedTextIsTheSourceLine()
    {
        var documents = Content.Documents;

        var mismatches = documents
            .SelectMany(d => d.Dropped.Select(line => (line, source: KnowledgeBasePaths.SeedLines(d.SourceFile)[line.Line - 1])))
            .Where(pair => pair.line.Text != pair.source)
            .ToList();

        Assert.Empty(mismatches);
        Assert.Equal(26, documents.Sum(d => d.Dropped.Count));
    }

    [Fact]
    public void Load_Seed003ContactSentence_KeepsLineThatEndsWithReachOut()
    {
        var document = Content.Documents.Single(d => d.SourceFile == "what-does-ketamine-do-to-your-brain.txt");

        var passage = document.Passages.SingleOrDefault(p => p.StartLine == 69);

        Assert.NotNull(passage);
        Assert.EndsWith("Reach out through our contact page.", passage.Text);
    }

    private static (int, string)[] DroppedOf(string file) =>
        Content.Documents.Single(d => d.SourceFile == file).Dropped.Select(d => (d.Line, d.Rule)).ToArray();
}
