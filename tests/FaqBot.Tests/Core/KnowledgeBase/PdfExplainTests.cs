using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class PdfExplainTests
{
    [Fact]
    public void Format_Pdf_ListsWhatWasTakenAndDroppedPageByPage()
    {
        var fixture = new PdfFixture { Title = "Consent form", RunningHeader = "Riverside Clinic", Footer = "{0}" }
            .Page(p => p.Heading("Consent").Paragraph("Please read the consent form carefully and ask us about anything that is not clear to you."))
            .Page(p => p.ScannedImage())
            .Page(p => p.Paragraph("Sign the form only when all of your questions about the treatment have been answered."));
        using var kb = new TempKnowledgeBase().WriteBytes("consent.pdf", fixture.ToBytes());

        var report = IngestionReport.Format(new KnowledgeBaseLoader().Load(kb.Root));

        Assert.Contains(
            "  pages: 3\n"
            + "  page 1: 1 passages, 2 dropped lines\n"
            + "    passage [Consent] Please read the consent form carefully and ask us about anything that is not clear to you.\n"
            + "    dropped line 1 [running-header] Riverside Clinic\n"
            + "    dropped line 4 [page-number] 1\n"
            + "  page 2: no text layer: needs OCR; 0 passages, 2 dropped lines\n"
            + "    dropped line 5 [running-header] Riverside Clinic\n"
            + "    dropped line 6 [page-number] 2\n"
            + "  page 3: 1 passages, 2 dropped lines\n"
            + "    passage [Consent] Sign the form only when all of your questions about the treatment have been answered.\n",
            report);
        Assert.Contains("  warning: consent.pdf: page 2: no text layer: needs OCR (the other pages were read)\n", report);
    }
}
