using System.Text;
using System.Text.RegularExpressions;

namespace FaqBot.Core.KnowledgeBase.Pdf;

/// <summary>
/// Turns a PDF's lines (reading order, running lines removed) into blocks: headings from size and weight, list items
/// from their markers, table rows as they are, and paragraphs from lines that follow each other closely. A paragraph
/// carries on into the next column or page when it stopped mid-sentence and the next line starts in lower case.
/// A line ending in a hyphen before a lower-case word is joined to it without the hyphen.
/// </summary>
internal sealed partial class PdfBlockBuilder(double bodySize)
{
    private const double HeadingSizeRatio = 1.15;
    private const double LineGapRatio = 1.6;

    private readonly List<Block> _blocks = [];
    private Pending? _open;

    /// <summary>Builds the blocks of the whole document.</summary>
    public List<Block> Build(IEnumerable<PdfLine> lines)
    {
        foreach (var line in lines)
        {
            var kind = KindOf(line);
            if (_open is not null && Continues(_open, kind, line))
            {
                _open.Add(line, kind == BlockKind.Heading ? " " : null);
                continue;
            }

            Close();
            _open = new Pending(kind, line);
            if (kind == BlockKind.TableRow)
            {
                Close();
            }
        }

        Close();
        return _blocks;
    }

    private BlockKind KindOf(PdfLine line)
    {
        if (line.IsTableRow)
        {
            return BlockKind.TableRow;
        }

        if (BulletRegex().IsMatch(line.Text))
        {
            return BlockKind.DashItem;
        }

        if (NumberRegex().IsMatch(line.Text))
        {
            return BlockKind.NumberedItem;
        }

        var words = TextHeuristics.WordCount(line.Text);
        var larger = line.FontSize >= bodySize * HeadingSizeRatio && words <= 20;
        var boldLabel = line.Bold && words <= 12 && TextHeuristics.LastChar(line.Text) is not ('.' or ',' or ';');
        return larger || boldLabel ? BlockKind.Heading : BlockKind.Text;
    }

    private static bool Continues(Pending open, BlockKind kind, PdfLine line)
    {
        var last = open.Last;
        var samePlace = last.Page == line.Page && last.Flow == line.Flow;
        var gap = last.Baseline - line.Baseline;
        var close = samePlace && gap > 0 && gap <= LineGapRatio * Math.Max(last.FontSize, line.FontSize);
        return (open.Kind, kind) switch
        {
            (BlockKind.Heading, BlockKind.Heading) => close && Math.Abs(last.FontSize - line.FontSize) < 0.5 && last.Bold == line.Bold,
            (BlockKind.Text or BlockKind.DashItem or BlockKind.NumberedItem, BlockKind.Text) when samePlace =>
                close && Math.Abs(last.FontSize - line.FontSize) <= 1 && !EndsShort(last)
                && (open.Kind == BlockKind.Text || line.Left >= open.TextLeft),
            (BlockKind.Text or BlockKind.DashItem or BlockKind.NumberedItem, BlockKind.Text) =>
                !TextHeuristics.EndsSentence(last.Text) && TextHeuristics.LastChar(last.Text) is not (':' or ';') && char.IsLower(line.Text[0]),
            _ => false,
        };
    }

    // A line that ends a sentence well short of its column's right edge ends its paragraph, spacing or not.
    private static bool EndsShort(PdfLine line) =>
        TextHeuristics.EndsSentence(line.Text) && line.Right < line.FlowRight - 0.25 * (line.FlowRight - line.Left);

    private void Close()
    {
        if (_open is not null)
        {
            _blocks.Add(_open.ToBlock());
            _open = null;
        }
    }

    [GeneratedRegex(@"^[•◦▪▫‣●○■□∙·*\-–]\s+\S")]
    private static partial Regex BulletRegex();

    [GeneratedRegex(@"^(\d{1,3}|[a-zA-Z])[.)]\s+\S")]
    private static partial Regex NumberRegex();

    private sealed class Pending(BlockKind kind, PdfLine first)
    {
        private readonly StringBuilder _text = new(first.Text);

        public BlockKind Kind { get; } = kind;

        public PdfLine First { get; } = first;

        public PdfLine Last { get; private set; } = first;

        // Where an item's text starts: its continuation lines align there, past the marker.
        public double TextLeft { get; } = first.Left + 1;

        public void Add(PdfLine line, string? separator)
        {
            Join(_text, line.Text, separator);
            Last = line;
        }

        public Block ToBlock() => new(Kind, First.Number, Last.Number, _text.ToString())
        {
            Page = First.Page,
            LastPage = Last.Page,
        };

        private static void Join(StringBuilder text, string next, string? separator)
        {
            var n = text.Length;
            if (separator is null && n >= 2 && text[n - 1] is '-' or '\u2010' && char.IsLetter(text[n - 2]) && char.IsLower(next[0]))
            {
                text.Length = n - 1; // "treat-" + "ment": a word hyphenated at the line end
                text.Append(next);
                return;
            }

            text.Append(separator ?? " ").Append(next);
        }
    }
}
