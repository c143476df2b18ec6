using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class DocxIngestionTests
{
    [Fact]
    public void Load_Docx_TitleHeadingsListsAndTableBecomePassages()
    {
        using var kb = new TempKnowledgeBase().WriteBytes("preparation.docx", SampleDocuments.Preparation().ToBytes());

        var content = new KnowledgeBaseLoader().Load(kb.Root);

        Assert.Empty(content.Warnings);
        var document = content.Documents.Single();
        Assert.Equal("Preparing for your infusion", document.Title);
        Assert.Equal(["Fasting", "What to bring", "On the day"], document.Headings); // styles named "heading 1" under ids "berschrift1"
        Assert.Equal(
            [
                ("Fasting", "Please do not eat anything for six hours before your infusion, but you may drink clear fluids until two hours before."),
                ("What to bring", "• Your photo identification and insurance card.\n• A list of the medicines you take, with their doses."),
                ("On the day", "1. Arrive fifteen minutes early to complete your check-in forms."),
                ("On the day", "2. A nurse measures your blood pressure and heart rate before we start."),
                ("On the day", "Time | Step\n08:00 | Check-in at the front desk\n08:15 | Blood pressure and heart rate"),
            ],
            document.Passages.Select(p => (p.Heading, p.Text)));
        Assert.All(document.Passages, p => Assert.Null(p.PageReference));
    }

    [Fact]
    public void Load_DocxWithoutTitleProperty_TakesTheTitleStyledParagraph()
    {
        var fixture = new DocxFixture().TitleParagraph("Aftercare at home").Paragraph("Rest for the remainder of the day and let someone else do the driving for you.");
        using var kb = new TempKnowledgeBase().WriteBytes("aftercare.docx", fixture.ToBytes());

        var document = new KnowledgeBaseLoader().Load(kb.Root).Documents.Single();

        Assert.Equal("Aftercare at home", document.Title);
        Assert.Null(document.Passages.Single().Heading);
    }
}
