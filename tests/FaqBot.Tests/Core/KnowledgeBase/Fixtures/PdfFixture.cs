using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// Writes a test PDF with PDFsharp: A4 pages laid out by PdfPageWriter, an optional running header and page-number
// footer on every page, an optional user password. Texts records every paragraph, item, heading and table row
// exactly as written (before wrapping and hyphenation), so tests can hold the extraction against them.
internal sealed class PdfFixture
{
    private readonly List<Action<PdfPageWriter>> _pages = [];
    private readonly List<(int Page, string Text)> _texts = [];
    private readonly List<string> _hyphenated = [];

    public string? Title { get; init; }

    public string? RunningHeader { get; init; }

    // "{0}" is the page number, "{1}" the page count.
    public string? Footer { get; init; }

    public string? UserPassword { get; init; }

    public IReadOnlyList<(int Page, string Text)> Texts => _texts;

    // The words split over a line end with a hyphen when the file was written.
    public IReadOnlyList<string> Hyphenated => _hyphenated;

    public PdfFixture Page(Action<PdfPageWriter> draw)
    {
        _pages.Add(draw);
        return this;
    }

    public byte[] ToBytes()
    {
        FixtureFonts.Install();
        _texts.Clear();
        _hyphenated.Clear();
        using var document = new PdfDocument();
        if (Title is not null)
        {
            document.Info.Title = Title;
        }

        for (var n = 0; n < _pages.Count; n++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PdfPageWriter.PageWidth);
            page.Height = XUnit.FromPoint(PdfPageWriter.PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            DrawRunningLines(graphics, n + 1);
            var writer = new PdfPageWriter(graphics, n + 1, _texts, _hyphenated);
            _pages[n](writer);
        }

        if (UserPassword is not null)
        {
            document.SecuritySettings.UserPassword = UserPassword;
            document.SecuritySettings.OwnerPassword = UserPassword + "-owner";
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private void DrawRunningLines(XGraphics graphics, int pageNumber)
    {
        var small = new XFont(FixtureFonts.Family, 9);
        if (RunningHeader is not null)
        {
            graphics.DrawString(RunningHeader, small, XBrushes.Gray, PdfPageWriter.Margin, 40);
        }

        if (Footer is not null)
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Footer, pageNumber, _pages.Count);
            graphics.DrawString(text, small, XBrushes.Gray, PdfPageWriter.Margin, PdfPageWriter.PageHeight - 30);
        }
    }
}
