using FaqBot.Tests.Core.KnowledgeBase;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;

namespace FaqBot.Tests.Cli;

public sealed class CliPdfTests
{
    [Fact]
    public void IndexExplain_Pdf_ShowsEachPageAndWarnsAboutBadFiles()
    {
        using var kb = new TempKnowledgeBase()
            .WriteBytes("aftercare.pdf", SampleDocuments.Aftercare().ToBytes())
            .WriteBytes("broken.pdf", [.. "%PDF-1.7\n"u8, .. new byte[64]]);

        var (code, output, error) = CliRunner.Run("index", "--kb", kb.Root, "--explain");

        Assert.Equal(0, code);
        Assert.Contains("  page 2: 5 passages, 2 dropped lines\n", output);
        Assert.Contains("    dropped line 1 [running-header] Riverside Clinic · Aftercare instructions\n", output);
        Assert.Contains("warning: broken.pdf: skipped: not a readable PDF: damaged or truncated", error);
        Assert.Contains("1 file(s) skipped or partly read", output);
    }

    [Fact]
    public void AskJson_PdfQuote_CarriesItsPage()
    {
        using var kb = new TempKnowledgeBase().WriteBytes("aftercare.pdf", SampleDocuments.Aftercare().ToBytes());

        var (code, output, _) = CliRunner.Run("ask", "can i operate machinery after my session", "--kb", kb.Root, "--json");

        Assert.Equal(0, code);
        Assert.Contains("\"source\":\"aftercare.pdf\"", output);
        Assert.Contains("\"page\":2", output);
        Assert.Contains("(aftercare.pdf, pages 2–3)", output);
    }
}
