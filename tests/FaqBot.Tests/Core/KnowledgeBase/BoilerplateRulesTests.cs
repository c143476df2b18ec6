using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class BoilerplateRulesTests
{
    private const string Page = "Aftercare\nRest for the remainder of the day and do not drive until tomorrow morning.\nShare this page on Facebook\n";

    [Fact]
    public void Load_ExtraLineRule_DropsMatchingLinesWithItsName()
    {
        using var kb = new TempKnowledgeBase().Write("page.txt", Page);
        var options = new KnowledgeBaseOptions();
        options.Boilerplate.ExtraLineRules.Add(new LineRule { Name = "share", Pattern = "^Share this" });

        var document = new KnowledgeBaseLoader(options).Load(kb.Root).Documents.Single();

        Assert.Equal([(3, "share")], document.Dropped.Select(d => (d.Line, d.Rule)));
    }

    [Fact]
    public void Load_DefaultRulesOff_KeepsBylines()
    {
        using var kb = new TempKnowledgeBase().Write("page.txt", "Title here\nSome real sentence that explains the treatment in plenty of words.\nComments\nMore words in a sentence that explains aftercare.\n");
        var options = new KnowledgeBaseOptions { Boilerplate = { UseDefaultRules = false } };

        var document = new KnowledgeBaseLoader(options).Load(kb.Root).Documents.Single();

        Assert.Empty(document.Dropped);
        Assert.Contains("Comments", document.Headings);
    }

    [Fact]
    public void Constructor_InvalidPattern_NamesTheRule()
    {
        var options = new KnowledgeBaseOptions();
        options.Boilerplate.ExtraLineRules.Add(new LineRule("broken", "(unclosed"));

        var error = Assert.Throws<ArgumentException>(() => new KnowledgeBaseLoader(options));

        Assert.Contains("broken", error.Message);
        Assert.Contains("KnowledgeBase:Boilerplate", error.Message);
    }

    [Fact]
    public void Load_LineInManyDocuments_IsDroppedAsRepeated()
    {
        const string Footer = "Our clinic is open Monday to Friday from nine to five, call us to learn more.";
        using var kb = new TempKnowledgeBase();
        for (var i = 0; i < 4; i++)
        {
            kb.Write($"page{i}.txt", $"Page {i}\nThis page explains topic number {i} in a sentence that is long enough.\n{Footer}\n");
        }

        var documents = new KnowledgeBaseLoader().Load(kb.Root).Documents;

        Assert.All(documents, d => Assert.Equal([(3, "repeated-line")], d.Dropped.Select(x => (x.Line, x.Rule))));
        Assert.All(documents, d => Assert.Single(d.Passages));
    }

    [Fact]
    public void Load_LineInFewDocuments_IsKept()
    {
        using var kb = new TempKnowledgeBase()
            .Write("a.txt", "Same sentence in two files only, which is not enough to be boilerplate.\n")
            .Write("b.txt", "Same sentence in two files only, which is not enough to be boilerplate.\n")
            .Write("c.txt", "A third file with its own sentence about something else entirely here.\n")
            .Write("d.txt", "A fourth file with its own sentence about something else entirely here, too.\n")
            .Write("e.txt", "A fifth file with its own sentence about something else entirely here, also.\n");

        var documents = new KnowledgeBaseLoader().Load(kb.Root).Documents;

        Assert.All(documents, d => Assert.Empty(d.Dropped));
    }

    [Fact]
    public void Load_HeadingInManyDocuments_IsKeptAsHeading()
    {
        using var kb = new TempKnowledgeBase();
        for (var i = 0; i < 3; i++)
        {
            kb.Write($"page{i}.txt", $"Page {i}\nOverview\nThis page explains topic number {i} in a sentence that is long enough to count.\n");
        }

        var documents = new KnowledgeBaseLoader().Load(kb.Root).Documents;

        Assert.All(documents, d => Assert.Empty(d.Dropped));
        Assert.All(documents, d => Assert.Equal("Overview", d.Passages.Single().Heading));
    }

    [Fact]
    public void Load_LongParagraphMentioningBooking_IsNotDroppedAsCallToAction()
    {
        const string Paragraph = "Before you book a consultation, gather your medication list and any previous treatment records, because your clinician will review them to decide whether ketamine therapy is safe for you.";
        using var kb = new TempKnowledgeBase().Write("page.txt", "Getting ready\n" + Paragraph + "\n");

        var document = new KnowledgeBaseLoader().Load(kb.Root).Documents.Single();

        Assert.Empty(document.Dropped);
        Assert.Equal(Paragraph, document.Passages.Single().Text);
    }
}
