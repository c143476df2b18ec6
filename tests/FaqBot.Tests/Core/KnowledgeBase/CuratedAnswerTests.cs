using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class CuratedAnswerTests
{
    private static readonly KnowledgeBaseContent Content = new KnowledgeBaseLoader().Load(KnowledgeBasePaths.Fixture("curated"));

    [Fact]
    public void Load_FaqMarkdown_ReadsQuestionAlternatesAndVerbatimAnswer()
    {
        var passage = Content.Curated.Single(p => p.Heading == "How long does a session last?");

        Assert.Equal(
            ["How long does a session last?", "How long is an infusion?", "How much time does a treatment take?", "Session length?"],
            passage.Questions);
        Assert.Equal("Each session lasts about 40 minutes to an hour.\nPlan for some rest time afterwards.", passage.Text);
        Assert.Equal("Frequently asked questions", passage.DocumentTitle);
        Assert.Equal(("faq.md", 9, 10), (passage.SourceFile, passage.StartLine, passage.EndLine));
        Assert.True(passage.IsCurated);
    }

    [Fact]
    public void Load_FaqMarkdownEntryWithoutAnswer_WarnsWithLine()
    {
        var warnings = Content.Warnings.Where(w => w.SourceFile == "faq.md").ToList();

        Assert.Single(warnings);
        Assert.Contains("line 15", warnings[0].Message);
        Assert.DoesNotContain(Content.Curated, p => p.Heading == "Is ketamine addictive?");
    }

    [Fact]
    public void Load_FaqCsv_ReadsQuotedFieldsAndAlternates()
    {
        var insurance = Content.Curated.Single(p => p.Heading == "Do you take insurance?");
        var wear = Content.Curated.Single(p => p.SourceFile == "faq.csv" && p.StartLine == 3);

        Assert.Equal(["Do you take insurance?", "Is it covered by insurance?", "Do you bill insurers?"], insurance.Questions);
        Assert.Equal("Ketamine therapy is usually not covered by insurance, but we provide receipts you can submit.", insurance.Text);
        Assert.Equal("What should I wear, on the day?", wear.Heading);
        Assert.Equal("Wear comfortable clothes.\nLayers help, as rooms can feel cool.", wear.Text);
        Assert.Equal(4, wear.EndLine);
        Assert.Equal(["What should I wear, on the day?"], wear.Questions);
    }

    [Fact]
    public void Load_FaqCsvRowWithoutAnswer_WarnsWithLine()
    {
        var warning = Content.Warnings.Single(w => w.SourceFile == "faq.csv");

        Assert.Contains("line 5", warning.Message);
        Assert.Equal(4, Content.Curated.Count);
    }

    [Fact]
    public void Load_FaqFiles_AreNotDocuments()
    {
        var documents = Content.Documents.Select(d => d.SourceFile);

        Assert.Equal(["visit.txt"], documents);
    }

    [Fact]
    public void Load_FaqCsvUnclosedQuote_WarnsAndDoesNotThrow()
    {
        var content = new KnowledgeBaseLoader().Load(KnowledgeBasePaths.Fixture("curated-bad"));

        var warning = Assert.Single(content.Warnings);

        Assert.Equal("faq.csv", warning.SourceFile);
        Assert.Contains("line 2", warning.Message);
        Assert.Empty(content.Curated);
    }
}
