using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace FaqBot.Core.KnowledgeBase.Pdf;

/// <summary>Reads a PDF's text layer with PdfPig into blocks; a PDF it cannot use is a problem in words, never a crash.</summary>
internal static class PdfBlockReader
{
    /// <summary>Reads the PDF, or returns false with the reason it was skipped.</summary>
    public static bool TryRead(byte[] bytes, string sourceFile, out PdfReadResult result, out string? problem)
    {
        result = new PdfReadResult([], null, [], 0, []);
        problem = null;
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var words = new List<IReadOnlyList<Word>>();
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                words.Add([.. document.GetPage(n).GetWords().Where(IsReadable)]);
            }

            result = Layout(words, sourceFile, UsefulTitle(document.Information.Title, sourceFile));
            if (result.PagesWithoutText.Count == result.PageCount)
            {
                problem = result.PageCount == 0 ? "the PDF has no pages" : "no text layer: needs OCR (scanned or image-only pages)";
                return false;
            }

            return true;
        }
        catch (PdfDocumentEncryptedException)
        {
            problem = "the PDF is protected by a password (save a copy without one)";
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // PdfPig reports damage in many exception types; none of them may stop the rest of the knowledge base.
            problem = $"not a readable PDF: damaged or truncated ({Shorten(ex.Message)})";
        }

        return false;
    }

    private static PdfReadResult Layout(List<IReadOnlyList<Word>> words, string sourceFile, string? title)
    {
        var bodySize = BodySize(words.SelectMany(w => w));
        var flows = 0;
        var pages = words.Select((pageWords, i) => new PageLayout(i + 1, bodySize, () => ++flows).Read(pageWords)).ToList();
        var running = RunningLines.Find(pages);
        var dropped = new List<DroppedLine>();
        var kept = new List<PdfLine>();
        var number = 0;
        foreach (var line in pages.SelectMany(page => page))
        {
            line.Number = ++number;
            if (running.TryGetValue(line, out var rule))
            {
                dropped.Add(new DroppedLine(sourceFile, line.Number, line.Text, rule) { Page = line.Page });
            }
            else
            {
                kept.Add(line);
            }
        }

        var withText = kept.Select(l => l.Page).ToHashSet();
        var empty = Enumerable.Range(1, pages.Count).Where(p => !withText.Contains(p)).ToList();
        return new PdfReadResult(new PdfBlockBuilder(bodySize).Build(kept), title, dropped, pages.Count, empty);
    }

    // The size most of the text is set in.
    private static double BodySize(IEnumerable<Word> words) =>
        words.GroupBy(w => Math.Round(w.Letters[0].PointSize * 2) / 2)
            .OrderByDescending(g => g.Sum(w => w.Letters.Count))
            .Select(g => g.Key)
            .FirstOrDefault(10);

    private static bool IsReadable(Word word) =>
        word.Letters.Count > 0 && word.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(word.Text);

    // Document properties often hold a tool's placeholder ("Microsoft Word - aftercare.docx", "untitled").
    private static string? UsefulTitle(string? title, string sourceFile)
    {
        var text = ExtractedText.Clean(title ?? "");
        var name = Path.GetFileNameWithoutExtension(sourceFile);
        var placeholder = text.Length == 0
            || text.StartsWith("Microsoft ", StringComparison.OrdinalIgnoreCase)
            || text.Contains(".doc", StringComparison.OrdinalIgnoreCase)
            || text.Contains(".pdf", StringComparison.OrdinalIgnoreCase)
            || text.Equals("untitled", StringComparison.OrdinalIgnoreCase)
            || text.Equals(name, StringComparison.OrdinalIgnoreCase);
        return placeholder ? null : text;
    }

    private static string Shorten(string message)
    {
        var line = ExtractedText.Clean(message);
        return line.Length <= 120 ? line : line[..117] + "...";
    }
}
