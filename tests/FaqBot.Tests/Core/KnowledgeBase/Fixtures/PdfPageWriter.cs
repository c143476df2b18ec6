using PdfSharp.Drawing;

namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// Lays text out on one page top to bottom: wraps words itself (so a test knows which line ends are hyphenated),
// and fails loudly when a page overflows rather than writing a fixture that is not what the test says.
internal sealed class PdfPageWriter(XGraphics graphics, int pageNumber, List<(int Page, string Text)> texts, List<string> hyphenated)
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;
    public const double Margin = 60;
    public const double BodySize = 11;
    private const double Leading = 14.5;
    private const double Gutter = 24;

    private readonly XFont _body = new(FixtureFonts.Family, BodySize);
    private double _y = 80;

    public bool IsFirstPage => pageNumber == 1;

    public PdfPageWriter Heading(string text, double size = 16)
    {
        _y += 6;
        var font = new XFont(FixtureFonts.Family, size, XFontStyleEx.Bold);
        graphics.DrawString(text, font, XBrushes.Black, Margin, _y + size);
        _y += size * 1.6;
        return Record(text);
    }

    public PdfPageWriter Paragraph(string text, bool hyphenate = false) => Paragraph(text, Margin, PageWidth - 2 * Margin, hyphenate);

    public PdfPageWriter Bullets(params string[] items) => Items(items, _ => "•");

    public PdfPageWriter Numbered(params string[] items) => Items(items, i => $"{i + 1}.");

    // Two columns filled side by side from the same top; each column's paragraphs are written in order.
    public PdfPageWriter Columns(string[] left, string[] right)
    {
        var width = (PageWidth - 2 * Margin - Gutter) / 2;
        var top = _y;
        foreach (var text in left)
        {
            Paragraph(text, Margin, width, hyphenate: false);
        }

        var leftBottom = _y;
        _y = top;
        foreach (var text in right)
        {
            Paragraph(text, Margin + width + Gutter, width, hyphenate: false);
        }

        _y = Math.Max(_y, leftBottom);
        return this;
    }

    // A table with ruled rows; each column as wide as its widest cell plus a gap, cells never wrap.
    public PdfPageWriter Table(params string[][] rows)
    {
        var bold = new XFont(FixtureFonts.Family, BodySize, XFontStyleEx.Bold);
        var columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns)
            .Select(c => rows.Where(r => c < r.Length).Max(r => graphics.MeasureString(r[c], bold).Width) + 24)
            .ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            var x = Margin + 4;
            for (var c = 0; c < rows[r].Length; c++)
            {
                graphics.DrawString(rows[r][c], r == 0 ? bold : _body, XBrushes.Black, x, _y + BodySize);
                x += widths[c];
            }

            graphics.DrawLine(XPens.Gray, Margin, _y + Leading + 2, PageWidth - Margin, _y + Leading + 2);
            _y += Leading + 5;
            Record(string.Join(" | ", rows[r]));
        }

        _y += 8;
        return this;
    }

    // An embedded bitmap, as a scanner writes a page: an image and no text layer.
    public PdfPageWriter ScannedImage(double height = 400)
    {
        using var stream = new MemoryStream(FixtureImages.Bitmap(64, 64));
        using var image = XImage.FromStream(stream);
        graphics.DrawImage(image, Margin, _y, PageWidth - 2 * Margin, height);
        _y += height + 10;
        return this;
    }

    private PdfPageWriter Items(string[] items, Func<int, string> marker)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var mark = marker(i);
            graphics.DrawString(mark, _body, XBrushes.Black, Margin + 6, _y + BodySize);
            var lines = Wrap(items[i], PageWidth - 2 * Margin - 24, hyphenate: false);
            DrawLines(lines, Margin + 24);
            _y += 3;
            texts.Add((pageNumber, mark + " " + items[i]));
        }

        _y += 6;
        return this;
    }

    private PdfPageWriter Paragraph(string text, double left, double width, bool hyphenate)
    {
        DrawLines(Wrap(text, width, hyphenate), left);
        _y += 8;
        return Record(text);
    }

    private void DrawLines(List<string> lines, double left)
    {
        foreach (var line in lines)
        {
            graphics.DrawString(line, _body, XBrushes.Black, left, _y + BodySize);
            _y += Leading;
            if (_y > PageHeight - 60)
            {
                throw new InvalidOperationException($"Fixture page {pageNumber} overflows at \"{line}\".");
            }
        }
    }

    // Greedy wrapping; with hyphenate, a long word that does not fit is split as "treat-" / "ment".
    private List<string> Wrap(string text, double width, bool hyphenate)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (graphics.MeasureString(candidate, _body).Width <= width)
            {
                line = candidate;
                continue;
            }

            var split = hyphenate ? HyphenSplit(line, word, width) : 0;
            if (split > 0)
            {
                lines.Add(line + " " + word[..split] + "-");
                hyphenated.Add(word);
                line = word[split..];
            }
            else
            {
                lines.Add(line);
                line = word;
            }
        }

        lines.Add(line);
        return lines;
    }

    private int HyphenSplit(string line, string word, double width)
    {
        for (var k = word.Length - 3; k >= 3; k--)
        {
            if (char.IsLetter(word[k - 1]) && char.IsLetter(word[k]) && graphics.MeasureString(line + " " + word[..k] + "-", _body).Width <= width)
            {
                return k;
            }
        }

        return 0;
    }

    private PdfPageWriter Record(string text)
    {
        texts.Add((pageNumber, text));
        return this;
    }
}
