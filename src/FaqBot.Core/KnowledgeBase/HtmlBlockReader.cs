using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FaqBot.Core.Strings;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Reads the prose of an HTML page with AngleSharp: headings, paragraphs, list items, quotes.</summary>
internal static class HtmlBlockReader
{
    private const string Dropped = "nav,header,footer,aside,script,style,form,noscript,template";
    private const string Prose = "h1,h2,h3,h4,h5,h6,p,li,blockquote,dt,dd";

    /// <summary>Reads the title (from &lt;title&gt; or the first &lt;h1&gt;) and the blocks, in document order.</summary>
    public static List<Block> Read(string html, out string? title)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        title = NullIfEmpty(Whitespace.Collapse(document.Title ?? ""));
        var blocks = new List<Block>();
        if (document.Body is null)
        {
            return blocks;
        }

        foreach (var element in document.Body.QuerySelectorAll(Prose))
        {
            if (element.Closest(Dropped) is not null || element.ParentElement?.Closest("p,li") is not null)
            {
                continue;
            }

            // A quote made of paragraphs is read through its paragraphs, not twice.
            if (element.LocalName == "blockquote" && element.QuerySelector("p,li") is not null)
            {
                continue;
            }

            var text = Whitespace.Collapse(element.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            var line = element.SourceReference?.Position.Line ?? 0;
            blocks.Add(new Block(KindOf(element), line, line, text));
        }

        title ??= blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
        return blocks;
    }

    private static BlockKind KindOf(IElement element) => element.LocalName switch
    {
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" => element.ParentElement?.LocalName == "ol" ? BlockKind.NumberedItem : BlockKind.DashItem,
        "dd" => BlockKind.DashItem,
        _ => BlockKind.Text,
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
