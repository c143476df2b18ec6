using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// Writes a test Word document with the Open XML SDK: styles named as Word names them ("heading 1", "Title") under
// ids a translated Word would use, bulleted and numbered lists, tables, pictures, and a title in the properties.
internal sealed class DocxFixture
{
    private readonly List<Func<MainDocumentPart, OpenXmlElement>> _content = [];

    public string? Title { get; init; }

    // Style ids as a German Word writes them: names, not ids, must decide.
    public DocxFixture Heading(string text, int level = 1) => Add(new Paragraph(Style($"berschrift{level}"), new Run(new Text(text))));

    public DocxFixture TitleParagraph(string text) => Add(new Paragraph(Style("Titel"), new Run(new Text(text))));

    public DocxFixture Paragraph(string text) => Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

    public DocxFixture Bullets(params string[] items) => List(1, items);

    public DocxFixture Numbered(params string[] items) => List(2, items);

    public DocxFixture Table(params string[][] rows) => Add(new Table(rows.Select(row =>
        new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))))));

    public DocxFixture Picture() => Add(part => new Paragraph(new Run(DocxPicture.Create(part, FixtureImages.Bitmap(64, 64)))));

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = DocxStyles.Numbering();
            main.Document = new Document(new Body(_content.Select(c => c(main))));
            if (Title is not null)
            {
                document.PackageProperties.Title = Title;
            }
        }

        return stream.ToArray();
    }

    private DocxFixture List(int numberingId, string[] items)
    {
        foreach (var item in items)
        {
            Add(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Listenabsatz" },
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId })),
                new Run(new Text(item))));
        }

        return this;
    }

    private static ParagraphProperties Style(string id) => new(new ParagraphStyleId { Val = id });

    private DocxFixture Add(OpenXmlElement element) => Add(_ => element);

    private DocxFixture Add(Func<MainDocumentPart, OpenXmlElement> element)
    {
        _content.Add(element);
        return this;
    }
}
