using System.Diagnostics.CodeAnalysis;
using FaqBot.Core.KnowledgeBase.Pdf;
using FaqBot.Core.KnowledgeBase.Docx;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Reads one knowledge-base file into blocks by its format; a file it cannot use becomes a warning naming it.</summary>
internal sealed class DocumentFileReader(KnowledgeBaseOptions options)
{
    /// <summary>The document formats read, by extension.</summary>
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"];

    /// <summary>Reads a document file; false (with a warning added) when it is skipped.</summary>
    public bool TryRead(string full, string relative, List<LoadWarning> warnings, [NotNullWhen(true)] out ParsedFile? file)
    {
        file = null;
        var extension = Path.GetExtension(relative).ToLowerInvariant();
        if (extension is ".pdf" or ".docx")
        {
            if (!TryReadBytes(full, relative, options.MaxPdfAndWordBytes, "KnowledgeBase:MaxPdfAndWordBytes", warnings, out var bytes))
            {
                return false;
            }

            file = extension == ".pdf" ? ReadPdf(bytes, relative, warnings) : ReadWord(bytes, relative, warnings);
            return file is not null;
        }

        if (!TryReadText(full, relative, warnings, out var text))
        {
            return false;
        }

        var lines = SplitLines(text);
        file = extension switch
        {
            ".html" or ".htm" => new ParsedFile(relative, null, HtmlBlockReader.Read(text, out var htmlTitle), htmlTitle, null) { StructuralBoilerplate = true },
            ".md" or ".markdown" => new ParsedFile(relative, lines, MarkdownBlockReader.Read(text, lines, out var title, out var url), title, url),
            _ => new ParsedFile(relative, lines, TextBlockReader.Read(lines), null, null),
        };
        return true;
    }

    /// <summary>Reads a text file strictly (see <see cref="TextDecoder"/>); false with a warning when it cannot.</summary>
    public bool TryReadText(string full, string relative, List<LoadWarning> warnings, out string text)
    {
        text = "";
        if (!TryReadBytes(full, relative, options.MaxFileBytes, "KnowledgeBase:MaxFileBytes", warnings, out var bytes))
        {
            return false;
        }

        if (!TextDecoder.TryDecode(bytes, out text, out var problem))
        {
            warnings.Add(new LoadWarning(relative, $"skipped: {problem}"));
            return false;
        }

        return true;
    }

    /// <summary>Splits text into lines without their line ends.</summary>
    public static string[] SplitLines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];

    private static ParsedFile? ReadPdf(byte[] bytes, string relative, List<LoadWarning> warnings)
    {
        if (!PdfBlockReader.TryRead(bytes, relative, out var pdf, out var problem))
        {
            warnings.Add(new LoadWarning(relative, $"skipped: {problem}"));
            return null;
        }

        if (pdf.PagesWithoutText.Count > 0)
        {
            var pages = string.Join(", ", pdf.PagesWithoutText);
            var noun = pdf.PagesWithoutText.Count == 1 ? "page" : "pages";
            warnings.Add(new LoadWarning(relative, $"{noun} {pages}: no text layer: needs OCR (the other pages were read)"));
        }

        return new ParsedFile(relative, null, pdf.Blocks, pdf.Title, null)
        {
            InferHeadings = false,
            Dropped = pdf.Dropped,
            PageCount = pdf.PageCount,
            PagesWithoutText = pdf.PagesWithoutText,
        };
    }

    private static ParsedFile? ReadWord(byte[] bytes, string relative, List<LoadWarning> warnings)
    {
        if (!WordBlockReader.TryRead(bytes, out var blocks, out var title, out var problem))
        {
            warnings.Add(new LoadWarning(relative, $"skipped: {problem}"));
            return null;
        }

        return new ParsedFile(relative, null, blocks, title, null) { InferHeadings = false };
    }

    private static bool TryReadBytes(string full, string relative, long limit, string key, List<LoadWarning> warnings, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var length = new FileInfo(full).Length;
            if (length > limit)
            {
                warnings.Add(new LoadWarning(relative, $"skipped: the file is {length:N0} bytes, over the {limit:N0}-byte limit ({key})"));
                return false;
            }

            bytes = File.ReadAllBytes(full);
            if (bytes.Length == 0)
            {
                warnings.Add(new LoadWarning(relative, "skipped: the file is empty"));
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new LoadWarning(relative, $"skipped: the file could not be read ({ex.GetType().Name})"));
            return false;
        }
    }
}
