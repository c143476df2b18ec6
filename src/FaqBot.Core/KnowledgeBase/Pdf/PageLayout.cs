using UglyToad.PdfPig.Content;

namespace FaqBot.Core.KnowledgeBase.Pdf;

/// <summary>
/// Puts a page's words into reading order. Words sharing a baseline form a row. Consecutive rows that leave a common
/// vertical gap free (a gutter at least half an em wide, with words on both sides of it in two rows or more) form a
/// region: two columns of prose are read column by column, anything else (three columns, or short cells) is a table
/// read row by row. Everything else is full-width text, read top to bottom.
/// </summary>
internal sealed class PageLayout(int pageNumber, double bodySize, Func<int> newFlow)
{
    private const double MinGutterEm = 0.5;
    private const double ProseWordsPerCell = 4;

    private readonly List<PdfLine> _lines = [];
    private double _textRight;

    /// <summary>Lays out one page's words (already extracted) into lines in reading order.</summary>
    public List<PdfLine> Read(IReadOnlyList<Word> words)
    {
        var rows = Rows(words);
        _textRight = rows.Count == 0 ? 0 : rows.Max(r => r.Right);
        var i = 0;
        while (i < rows.Count)
        {
            var end = RegionEnd(rows, i, out var gutters);
            if (end > i)
            {
                EmitRegion(rows.GetRange(i, end - i + 1), gutters);
                i = end + 1;
            }
            else
            {
                Emit(rows[i].Words, rows[i], 0, _textRight);
                i++;
            }
        }

        return _lines;
    }

    private static List<PdfRow> Rows(IReadOnlyList<Word> words)
    {
        var rows = new List<PdfRow>();
        var current = new List<Word>();
        var baseline = double.NaN;
        foreach (var word in words.OrderByDescending(w => w.Letters[0].StartBaseLine.Y).ThenBy(w => w.BoundingBox.Left))
        {
            var y = word.Letters[0].StartBaseLine.Y;
            if (current.Count > 0 && Math.Abs(y - baseline) > 0.3 * word.Letters[0].PointSize)
            {
                rows.Add(new PdfRow([.. current.OrderBy(w => w.BoundingBox.Left)]));
                current.Clear();
            }

            if (current.Count == 0)
            {
                baseline = y;
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            rows.Add(new PdfRow([.. current.OrderBy(w => w.BoundingBox.Left)]));
        }

        return rows;
    }

    // The last row of the region starting at row i, or i when there is none.
    private int RegionEnd(List<PdfRow> rows, int i, out List<(double Left, double Right)> gutters)
    {
        var segments = rows[i].Segments();
        gutters = [.. segments.Zip(segments.Skip(1), (a, b) => (a.Right, b.Left))];
        var (end, straddling) = (i, 1);
        for (var j = i + 1; j < rows.Count && gutters.Count > 0; j++)
        {
            var next = Intersect(gutters, Free(rows[j]));
            if (next.Count == 0 || rows[j - 1].Baseline - rows[j].Baseline > 3 * bodySize)
            {
                break; // a wide vertical gap ends the region too (a footer under a table)
            }

            var straddles = Straddles(rows[j], next);
            if (!straddles && (rows[j].FontSize > bodySize * 1.1 || rows[j].Bold))
            {
                break; // a heading under the columns belongs to what follows them
            }

            straddling += straddles ? 1 : 0;
            (gutters, end) = (next, j);
        }

        return straddling >= 2 ? end : i;
    }

    private List<(double Left, double Right)> Intersect(List<(double Left, double Right)> gutters, List<(double Left, double Right)> free)
    {
        var result = new List<(double Left, double Right)>();
        foreach (var g in gutters)
        {
            foreach (var f in free)
            {
                var (left, right) = (Math.Max(g.Left, f.Left), Math.Min(g.Right, f.Right));
                if (right - left >= MinGutterEm * bodySize)
                {
                    result.Add((left, right));
                }
            }
        }

        return result;
    }

    private static List<(double Left, double Right)> Free(PdfRow row)
    {
        var segments = row.Segments();
        var free = new List<(double Left, double Right)> { (double.NegativeInfinity, segments[0].Left) };
        free.AddRange(segments.Zip(segments.Skip(1), (a, b) => (a.Right, b.Left)));
        free.Add((segments[^1].Right, double.PositiveInfinity));
        return free;
    }

    private static bool Straddles(PdfRow row, List<(double Left, double Right)> gutters) =>
        gutters.Any(g => row.Words.Any(w => w.BoundingBox.Right <= g.Left) && row.Words.Any(w => w.BoundingBox.Left >= g.Right));

    private void EmitRegion(List<PdfRow> rows, List<(double Left, double Right)> gutters)
    {
        gutters.Sort();
        int ColumnOf(Word w) => gutters.Count(g => (w.BoundingBox.Left + w.BoundingBox.Right) / 2 > g.Right);
        var cells = rows.Select(r => r.Words.GroupBy(ColumnOf).OrderBy(g => g.Key).ToList()).ToList();
        var wordsPerCell = cells.SelectMany(c => c).Average(c => c.Count());
        if (gutters.Count == 1 && rows.Count >= 3 && wordsPerCell >= ProseWordsPerCell)
        {
            foreach (var column in Enumerable.Range(0, 2))
            {
                var flow = newFlow();
                var inColumn = rows.SelectMany(r => r.Words).Where(w => ColumnOf(w) == column).ToList();
                var right = inColumn.Count == 0 ? _textRight : inColumn.Max(w => w.BoundingBox.Right);
                for (var r = 0; r < rows.Count; r++)
                {
                    var words = cells[r].FirstOrDefault(c => c.Key == column)?.ToList();
                    if (words is not null)
                    {
                        Emit(words, rows[r], flow, right);
                    }
                }
            }

            return;
        }

        var table = newFlow();
        for (var r = 0; r < rows.Count; r++)
        {
            var text = string.Join(" | ", cells[r].Select(c => string.Join(' ', c.Select(w => w.Text))));
            _lines.Add(new PdfLine(pageNumber, ExtractedText.Clean(text), rows[r].Left, rows[r].Right, rows[r].Baseline, rows[r].FontSize, rows[r].Bold, table, _textRight)
            {
                IsTableRow = true,
            });
        }
    }

    private void Emit(List<Word> words, PdfRow row, int flow, double flowRight)
    {
        var part = new PdfRow(words);
        var text = ExtractedText.Clean(string.Join(' ', words.Select(w => w.Text)));
        if (text.Length > 0)
        {
            _lines.Add(new PdfLine(pageNumber, text, part.Left, part.Right, row.Baseline, part.FontSize, part.Bold, flow, flowRight));
        }
    }
}
