using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Finds the block structure of a Markdown file with Markdig; block text stays the verbatim source lines.</summary>
internal static class MarkdownBlockReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Reads front matter (title, url) and the blocks.</summary>
    public static List<Block> Read(string text, IReadOnlyList<string> lines, out string? title, out string? url)
    {
        ReadFrontMatter(lines, out title, out url);
        var blocks = new List<Block>();
        var lineStarts = new int[lines.Count];
        for (int i = 1, offset = 0; i < lines.Count; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
            lineStarts[i] = offset;
        }

        Visit(Markdown.Parse(text, Pipeline), lines, lineStarts, blocks);
        return blocks;
    }

    // YAML-ish: only "key: value" lines between the opening and closing "---" matter.
    private static void ReadFrontMatter(IReadOnlyList<string> lines, out string? title, out string? url)
    {
        title = null;
        url = null;
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            return;
        }

        for (var i = 1; i < lines.Count && lines[i].Trim() is not ("---" or "..."); i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = lines[i][..colon].Trim().ToLowerInvariant();
            var value = lines[i][(colon + 1)..].Trim().Trim('"', '\'');
            if (key == "title" && value.Length > 0)
            {
                title = value;
            }
            else if (key == "url" && value.Length > 0)
            {
                url = value;
            }
        }
    }

    private static void Visit(ContainerBlock container, IReadOnlyList<string> lines, int[] lineStarts, List<Block> blocks)
    {
        foreach (var child in container)
        {
            switch (child)
            {
                case YamlFrontMatterBlock:
                    break;
                case HeadingBlock heading:
                    // Markdig puts a setext heading's Line on its underline; the span start is its text line.
                    var first = LineOf(heading.Span.Start, lineStarts);
                    var headingText = heading.IsSetext ? lines[first].Trim() : StripAtx(lines[first]);
                    blocks.Add(new Block(BlockKind.Heading, first + 1, EndLine(heading, lineStarts) + 1, headingText));
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(FromLines(BlockKind.Text, paragraph.Line, EndLine(paragraph, lineStarts), lines));
                    break;
                case ListBlock list:
                    VisitList(list, lines, lineStarts, blocks);
                    break;
                case ContainerBlock inner:
                    Visit(inner, lines, lineStarts, blocks);
                    break;
                default:
                    // Code, HTML and thematic breaks are not prose a patient should be quoted.
                    break;
            }
        }
    }

    private static void VisitList(ListBlock list, IReadOnlyList<string> lines, int[] lineStarts, List<Block> blocks)
    {
        var kind = list.IsOrdered ? BlockKind.NumberedItem : BlockKind.DashItem;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var rest = item.AsEnumerable();
            if (item.Count > 0 && item[0] is ParagraphBlock first)
            {
                blocks.Add(FromLines(kind, item.Line, EndLine(first, lineStarts), lines));
                rest = rest.Skip(1);
            }

            var remainder = new List<Block>();
            foreach (var child in rest)
            {
                if (child is ListBlock nested)
                {
                    VisitList(nested, lines, lineStarts, remainder);
                }
                else if (child is ParagraphBlock paragraph)
                {
                    remainder.Add(FromLines(BlockKind.Text, paragraph.Line, EndLine(paragraph, lineStarts), lines));
                }
            }

            blocks.AddRange(remainder);
        }
    }

    // Markdig releases a leaf's Lines after inline parsing, so the last line comes from the source span
    // (character offsets into the text; lineStarts holds each line's first offset).
    private static int EndLine(Markdig.Syntax.Block block, int[] lineStarts) => LineOf(block.Span.End, lineStarts);

    private static int LineOf(int offset, int[] lineStarts)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static Block FromLines(BlockKind kind, int first, int last, IReadOnlyList<string> lines)
    {
        last = Math.Min(Math.Max(first, last), lines.Count - 1);
        return new Block(kind, first + 1, last + 1, string.Join('\n', lines.Skip(first).Take(last - first + 1)));
    }

    private static string StripAtx(string line) => line.Trim().TrimStart('#').Trim().TrimEnd('#').Trim();
}
