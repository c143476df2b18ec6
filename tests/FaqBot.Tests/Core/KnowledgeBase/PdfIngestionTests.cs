using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class PdfIngestionTests
{
    private static readonly Lazy<(PdfFixture Fixture, KnowledgeBaseDocument Document)> Aftercare = new(() =>
    {
        var fixture = SampleDocuments.Aftercare();
        using var kb = new TempKnowledgeBase().WriteBytes("aftercare.pdf", fixture.ToBytes());
        var content = new KnowledgeBaseLoader().Load(kb.Root);
        Assert.Empty(content.Warnings);
        return (fixture, content.Documents.Single());
    });

    [Fact]
    public void Load_Pdf_PassagesAreTheWrittenTextInReadingOrder()
    {
        var (fixture, document) = Aftercare.Value;
        string Written(int page, string start) => fixture.Texts.Single(t => t.Page == page && t.Text.StartsWith(start, StringComparison.Ordinal)).Text;

        Assert.Equal(
            [
                Written(1, "After your ketamine session"),
                Written(1, "• A friend"),
                Written(1, "• Comfortable"),
                string.Join('\n', Written(1, "Medication"), Written(1, "Ibuprofen"), Written(1, "Lamotrigine")),
                Written(2, "Most patients"), // left column first, top to bottom
                Written(2, "Drink plenty"),
                Written(2, "Call the clinic"), // then the right column
                Written(2, "Our nurses"),
                Written(2, "Do not drive") + " " + Written(3, "you can recover"), // one paragraph over the page break
            ],
            document.Passages.Select(p => p.Text));
    }

    [Fact]
    public void Load_Pdf_HeadingsFromFontSizeAndWeightTitleFromProperties()
    {
        var (_, document) = Aftercare.Value;

        Assert.Equal("Aftercare instructions", document.Title);
        Assert.Equal(["What to bring", "Medicines before your session", "The first day at home", "Driving and work"], document.Headings);
        Assert.Equal("Medicines before your session", document.Passages.Single(p => p.Text.StartsWith("Medication", StringComparison.Ordinal)).Heading);
    }

    [Fact]
    public void Load_Pdf_HyphenatedLineEndIsJoined()
    {
        var (fixture, document) = Aftercare.Value;

        Assert.Contains(SampleDocuments.HyphenatedWord, fixture.Hyphenated); // the PDF really splits it over two lines
        Assert.Contains(document.Passages, p => p.Text.Contains(" " + SampleDocuments.HyphenatedWord + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Passages, p => p.Text.Contains("- ", StringComparison.Ordinal) || p.Text.Contains("-\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Pdf_EveryPassageKnowsItsPages()
    {
        var (_, document) = Aftercare.Value;

        Assert.Equal(3, document.PageCount);
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2, 2], document.Passages.Select(p => p.Page ?? 0));
        var overPageBreak = document.Passages[^1];
        Assert.Equal(3, overPageBreak.LastPage);
        Assert.Equal("aftercare.pdf, pages 2\u20133", overPageBreak.PageReference);
        Assert.Equal("aftercare.pdf, page 1", document.Passages[0].PageReference);
    }

    [Fact]
    public void Load_Pdf_RunningHeadersAndPageNumbersAreDroppedOnEveryPage()
    {
        var (_, document) = Aftercare.Value;

        var headers = document.Dropped.Where(d => d.Rule == "running-header").ToList();
        var numbers = document.Dropped.Where(d => d.Rule == "page-number").ToList();
        Assert.Equal([1, 2, 3], headers.Select(d => d.Page ?? 0));
        Assert.All(headers, d => Assert.Equal("Riverside Clinic · Aftercare instructions", d.Text));
        Assert.Equal(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], numbers.Select(d => d.Text));
        Assert.DoesNotContain(document.Passages, p => p.Text.Contains("Riverside Clinic", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PdfWithAnImageOnlyPage_WarnsNamingThePageAndReadsTheRest()
    {
        var fixture = new PdfFixture()
            .Page(p => p.Heading("Consent").Paragraph("Please read the consent form carefully and ask us about anything that is not clear to you."))
            .Page(p => p.ScannedImage());
        using var kb = new TempKnowledgeBase().WriteBytes("consent.pdf", fixture.ToBytes());

        var content = new KnowledgeBaseLoader().Load(kb.Root);

        var warning = Assert.Single(content.Warnings);
        Assert.Equal("consent.pdf", warning.SourceFile);
        Assert.Equal("page 2: no text layer: needs OCR (the other pages were read)", warning.Message);
        var document = content.Documents.Single();
        Assert.Equal([2], document.PagesWithoutText);
        Assert.Equal(1, document.Passages.Single().Page);
    }
}
