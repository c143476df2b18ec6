using DocumentFormat.OpenXml.Wordprocessing;

namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// The styles and numbering definitions of the Word fixtures: numbering 1 is bulleted, 2 is decimal.
internal static class DocxStyles
{
    public static Styles Create() => new(
        ParagraphStyle("Standard", "Normal", null),
        ParagraphStyle("Titel", "Title", "Standard"),
        ParagraphStyle("berschrift1", "heading 1", "Standard"),
        ParagraphStyle("berschrift2", "heading 2", "Standard"),
        ParagraphStyle("Listenabsatz", "List Paragraph", "Standard"));

    public static Numbering Numbering() => new(
        Abstract(10, NumberFormatValues.Bullet, "•"),
        Abstract(20, NumberFormatValues.Decimal, "%1."),
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
        new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });

    private static Style ParagraphStyle(string id, string name, string? basedOn)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        return style;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = 0 })
        {
            AbstractNumberId = id,
        };
}
