using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FaqBot.Core.KnowledgeBase.Docx;

/// <summary>
/// What a paragraph's style makes it: a heading (built-in "heading N", "Title", "Subtitle", or an outline level,
/// also through the styles it is based on) or a list item (numbering on the style), and whether a list is bulleted.
/// Style ids differ by the language Word runs in ("Heading1", "berschrift1"), so names and outline levels decide.
/// </summary>
internal sealed class WordStyles
{
    private readonly Dictionary<string, Style> _styles = [];
    private readonly Dictionary<int, bool> _bulletLists = [];

    public WordStyles(MainDocumentPart part)
    {
        foreach (var style in part.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles[id] = style;
            }
        }

        var numbering = part.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return;
        }

        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .ToDictionary(a => a.AbstractNumberId!.Value, a => a.Elements<Level>().FirstOrDefault()?.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet);
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } numId && instance.AbstractNumId?.Val?.Value is { } abstractId)
            {
                _bulletLists[numId] = abstracts.GetValueOrDefault(abstractId);
            }
        }
    }

    /// <summary>True when the paragraph is a heading or title.</summary>
    public bool IsHeading(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } level && level < 9)
        {
            return true;
        }

        return Chain(StyleId(paragraph)).Any(style =>
            style.StyleName?.Val?.Value is { } name
                && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase) || name.Equals("Title", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("Subtitle", StringComparison.OrdinalIgnoreCase))
            || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value < 9);
    }

    /// <summary>The list a paragraph belongs to (its numbering id), or null when it is not a list item.</summary>
    public int? ListOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;
        var id = own ?? Chain(StyleId(paragraph)).Select(s => s.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value)
            .FirstOrDefault(v => v is not null);
        return id is > 0 ? id : null; // numId 0 switches numbering off
    }

    /// <summary>True when the list's first level is bulleted rather than numbered.</summary>
    public bool IsBulleted(int list) => _bulletLists.GetValueOrDefault(list, true);

    private static string? StyleId(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    // The style and the styles it is based on (at most 10, so a cycle cannot loop).
    private IEnumerable<Style> Chain(string? id)
    {
        for (var depth = 0; id is not null && depth < 10 && _styles.TryGetValue(id, out var style); depth++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }
}
