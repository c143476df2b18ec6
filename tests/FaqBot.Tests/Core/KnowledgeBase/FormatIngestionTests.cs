using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class FormatIngestionTests
{
    [Fact]
    public void Load_MarkdownWithFrontMatter_UsesTitleUrlAndVerbatimLines()
    {
        var folder = KnowledgeBasePaths.Fixture("markdown");
        var lines = File.ReadAllText(Path.Combine(folder, "ketamine-aftercare.md")).Split('\n');

        var document = new KnowledgeBaseLoader().Load(folder).Documents.Single();

        Assert.Equal("Aftercare after a ketamine session", document.Title);
        Assert.Equal("https://example-clinic.org/aftercare", document.Url);
        Assert.Equal(["What to bring", "Eating before treatment"], document.Headings);
        Assert.Equal([(8, 9), (13, 17), (21, 21), (22, 22)], document.Passages.Select(p => (p.StartLine, p.EndLine)));
        Assert.All(document.Passages, p => Assert.Equal(string.Join('\n', lines[(p.StartLine - 1)..p.EndLine]), p.Text));
        Assert.All(document.Passages, p => Assert.Equal("https://example-clinic.org/aftercare", p.Url));
    }

    [Fact]
    public void Load_MarkdownBoilerplate_DropsImageTeaserAndCallToAction()
    {
        var folder = KnowledgeBasePaths.Fixture("markdown");

        var document = new KnowledgeBaseLoader().Load(folder).Documents.Single();

        Assert.Equal([(24, "image"), (26, "also-read"), (28, "call-to-action")], document.Dropped.Select(d => (d.Line, d.Rule)));
    }

    [Fact]
    public void Load_MarkdownShortList_IsOnePassageWithLeadIn()
    {
        var folder = KnowledgeBasePaths.Fixture("markdown");

        var passage = new KnowledgeBaseLoader().Load(folder).Documents.Single().Passages.Single(p => p.Heading == "What to bring");

        Assert.StartsWith("Bring these with you:", passage.Text);
        Assert.EndsWith("- A water bottle", passage.Text);
    }

    [Fact]
    public void Load_Html_ReadsProseAndDropsPageChrome()
    {
        var folder = KnowledgeBasePaths.Fixture("html");

        var document = new KnowledgeBaseLoader().Load(folder).Documents.Single();

        Assert.Equal("Side effects of ketamine therapy", document.Title);
        Assert.Equal(["Common side effects"], document.Headings);
        Assert.Equal(
            ["Most side effects are mild and pass within an hour of the session.",
             "The most common effects include:\nNausea\nDizziness",
             "Patients are monitored throughout every session."],
            document.Passages.Select(p => p.Text));
        var all = string.Join(' ', document.Passages.Select(p => p.Text));
        Assert.DoesNotContain("dropped", all, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(13, document.Passages[0].StartLine);
    }

    [Fact]
    public void Load_HardWrappedParagraph_JoinsLinesThatContinueASentence()
    {
        var folder = KnowledgeBasePaths.Fixture("hardwrap");

        var document = new KnowledgeBaseLoader().Load(folder).Documents.Single();

        Assert.Equal("Preparing for your first visit", document.Title);
        Assert.Equal([(2, 3), (4, 4)], document.Passages.Select(p => (p.StartLine, p.EndLine)));
        Assert.EndsWith("and\nyour goals for treatment, so please bring a list of your current medications.", document.Passages[0].Text);
    }

    [Fact]
    public void Load_TitleNotHeadingLike_UsesHumanizedFileName()
    {
        using var kb = new TempKnowledgeBase().Write("sub/after-your-first-session.txt", "Rest for the day after your first session, and drink plenty of water.\n");

        var document = new KnowledgeBaseLoader().Load(kb.Root).Documents.Single();

        Assert.Equal("After your first session", document.Title);
        Assert.Equal("sub/after-your-first-session.txt", document.SourceFile);
        Assert.Single(document.Passages);
    }

    [Fact]
    public void Load_MarkdownWithCrLf_KeepsLineNumbersAndDropsCarriageReturns()
    {
        using var kb = new TempKnowledgeBase().Write("crlf.md", "# Dosing\r\n\r\nYour clinician sets the dose from your weight\r\nand your medical history.\r\n\r\nSetext heading\r\n--------------\r\n\r\nSessions are spaced over two or three weeks at first.\r\n");

        var document = new KnowledgeBaseLoader().Load(kb.Root).Documents.Single();

        Assert.Equal("Dosing", document.Title);
        Assert.Equal(["Setext heading"], document.Headings);
        Assert.Equal([(3, 4), (9, 9)], document.Passages.Select(p => (p.StartLine, p.EndLine)));
        Assert.Equal("Your clinician sets the dose from your weight\nand your medical history.", document.Passages[0].Text);
    }
}
