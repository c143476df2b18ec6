using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.Core.KnowledgeBase.Fixtures;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class BadDocumentTests
{
    private const string Good = "Ketamine sessions last about an hour, and you rest afterwards until you feel steady.\n";

    private static readonly byte[] Letter = new PdfFixture()
        .Page(p => p.Paragraph("Your appointment is confirmed for Monday morning at nine, and we look forward to seeing you."))
        .ToBytes();

    [Fact]
    public void Load_UnusablePdfAndWordFiles_EachSkippedWithItsReasonAndTheRestLoaded()
    {
        using var kb = new TempKnowledgeBase()
            .Write("good.txt", Good)
            .WriteBytes("encrypted.pdf", new PdfFixture { UserPassword = "clinic" }.Page(p => p.Paragraph("Private notes about the clinic's rota.")).ToBytes())
            .WriteBytes("scanned.pdf", new PdfFixture().Page(p => p.ScannedImage()).Page(p => p.ScannedImage()).ToBytes())
            .WriteBytes("truncated.pdf", Letter[..(Letter.Length / 2)])
            .Write("not-a-pdf.pdf", "This was saved with the wrong extension.\n")
            .WriteBytes("truncated.docx", SampleDocuments.Preparation().ToBytes()[..400])
            .WriteBytes("pictures.docx", new DocxFixture().Picture().Picture().ToBytes())
            .WriteBytes("old.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        var content = new KnowledgeBaseLoader().Load(kb.Root);

        Assert.Equal(["good.txt"], content.Documents.Select(d => d.SourceFile));
        var reasons = content.Warnings.ToDictionary(w => w.SourceFile, w => w.Message);
        Assert.Equal(7, reasons.Count);
        Assert.Equal("skipped: the PDF is protected by a password (save a copy without one)", reasons["encrypted.pdf"]);
        Assert.Equal("skipped: no text layer: needs OCR (scanned or image-only pages)", reasons["scanned.pdf"]);
        Assert.StartsWith("skipped: not a readable PDF: damaged or truncated", reasons["truncated.pdf"]);
        Assert.StartsWith("skipped: not a readable PDF: damaged or truncated", reasons["not-a-pdf.pdf"]);
        Assert.Equal("skipped: not a readable Word (.docx) file: damaged or truncated", reasons["truncated.docx"]);
        Assert.Equal("skipped: no text, only images: needs OCR or a text version", reasons["pictures.docx"]);
        Assert.StartsWith("skipped: a password-protected Word file or an old .doc", reasons["old.docx"]);
    }

    [Fact]
    public void Load_PdfOverItsLimit_SkippedNamingTheSetting()
    {
        using var kb = new TempKnowledgeBase().WriteBytes("letter.pdf", Letter);
        var loader = new KnowledgeBaseLoader(new KnowledgeBaseOptions { MaxPdfAndWordBytes = 100 });

        var warning = Assert.Single(loader.Load(kb.Root).Warnings);

        Assert.Equal("letter.pdf", warning.SourceFile);
        Assert.Contains("KnowledgeBase:MaxPdfAndWordBytes", warning.Message);
    }

    [Fact]
    public void Load_PdfAndWordFiles_AreNotHeldToTheTextFileLimit()
    {
        using var kb = new TempKnowledgeBase().WriteBytes("letter.pdf", Letter).WriteBytes("prep.docx", SampleDocuments.Preparation().ToBytes());
        var loader = new KnowledgeBaseLoader(new KnowledgeBaseOptions { MaxFileBytes = 100 });

        var content = loader.Load(kb.Root);

        Assert.Empty(content.Warnings);
        Assert.Equal(["letter.pdf", "prep.docx"], content.Documents.Select(d => d.SourceFile));
    }
}
