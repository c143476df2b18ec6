using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FaqBot.Core.Strings;

namespace FaqBot.Core.KnowledgeBase.Docx;

/// <summary>
/// Reads a Word document (.docx) with the Open XML SDK: headings from paragraph styles, list items with their bullet
/// or number, table rows with cells joined by " | ", and the title from the document's properties. A block's "line"
/// is its paragraph number in the document.
/// </summary>
internal static class WordBlockReader
{
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads the document, or returns false with the reason it was skipped.</summary>
    public static bool TryRead(byte[] bytes, out List<Block> blocks, out string? title, out string? problem)
    {
        blocks = [];
        title = null;
        problem = null;
        if (bytes.AsSpan().StartsWith(CompoundFileMagic))
        {
            problem = "a password-protected Word file or an old .doc (Word 97-2003): save it as .docx without a password";
            return false;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var part = document.MainDocumentPart;
            if (part?.Document?.Body is not { } body)
            {
                problem = "not a Word document (it has no document body)";
                return false;
            }

            title = Whitespace.Collapse(document.PackageProperties.Title ?? "") is { Length: > 0 } t ? t : null;
            blocks = new Reader(new WordStyles(part)).Read(body);
            if (blocks.Count == 0)
            {
                problem = body.Descendants<Drawing>().Any() || body.Descendants<Picture>().Any()
                    ? "no text, only images: needs OCR or a text version"
                    : "the document has no text";
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException
            or IOException or InvalidOperationException or ArgumentException)
        {
            problem = "not a readable Word (.docx) file: damaged or truncated";
            return false;
        }
    }

    private sealed class Reader(WordStyles styles)
    {
        private readonly List<Block> _blocks = [];
        private readonly Dictionary<int, int> _counters = [];
        private int _paragraph;

        public List<Block> Read(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph);
                        break;
                    case Table table:
                        AddTable(table);
                        break;
                    case SdtBlock or SdtContentBlock or CustomXmlBlock:
                        Read(element); // content controls wrap ordinary paragraphs and tables
                        break;
                }
            }

            return _blocks;
        }

        private void AddParagraph(Paragraph paragraph)
        {
            _paragraph++;
            var text = TextOf(paragraph);
            if (text.Length == 0)
            {
                return;
            }

            if (styles.IsHeading(paragraph))
            {
                Add(BlockKind.Heading, text);
            }
            else if (styles.ListOf(paragraph) is { } list)
            {
                var bulleted = styles.IsBulleted(list);
                var number = _counters[list] = _counters.GetValueOrDefault(list) + 1;
                Add(bulleted ? BlockKind.DashItem : BlockKind.NumberedItem, (bulleted ? "• " : $"{number}. ") + text);
            }
            else
            {
                Add(BlockKind.Text, text);
            }
        }

        private void AddTable(Table table)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                _paragraph++;
                var cells = row.Elements<TableCell>()
                    .Select(cell => string.Join(' ', cell.Descendants<Paragraph>().Select(TextOf).Where(t => t.Length > 0)))
                    .Where(t => t.Length > 0)
                    .ToList();
                if (cells.Count > 0)
                {
                    Add(BlockKind.TableRow, string.Join(" | ", cells));
                }
            }
        }

        private void Add(BlockKind kind, string text) => _blocks.Add(new Block(kind, _paragraph, _paragraph, text));

        private static string TextOf(Paragraph paragraph)
        {
            var sb = new StringBuilder();
            foreach (var node in paragraph.Descendants())
            {
                switch (node)
                {
                    case Text text:
                        sb.Append(text.Text);
                        break;
                    case TabChar or Break or CarriageReturn:
                        sb.Append(' ');
                        break;
                    case NoBreakHyphen:
                        sb.Append('-');
                        break;
                }
            }

            return ExtractedText.Clean(sb.ToString());
        }
    }
}
