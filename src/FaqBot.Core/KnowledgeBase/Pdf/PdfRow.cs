using UglyToad.PdfPig.Content;

namespace FaqBot.Core.KnowledgeBase.Pdf;

/// <summary>Words sharing a baseline, left to right; <see cref="Segments"/> splits them where the gap is wide.</summary>
internal sealed class PdfRow(List<Word> words)
{
    // A gap wider than this share of the font size separates columns or table cells; word spaces are about 0.3 em.
    private const double SegmentGapEm = 0.9;

    public List<Word> Words { get; } = words;

    public double Baseline { get; } = words.Average(w => w.Letters[0].StartBaseLine.Y);

    public double FontSize { get; } = Dominant(words);

    public double Left => Words[0].BoundingBox.Left;

    public double Right => Words[^1].BoundingBox.Right;

    public bool Bold => Words.Sum(w => IsBold(w) ? w.Letters.Count : 0) * 2 > Words.Sum(w => w.Letters.Count);

    /// <summary>The row's pieces separated by gaps of at least 0.9 em, as (left, right) spans.</summary>
    public List<(double Left, double Right)> Segments()
    {
        var spans = new List<(double Left, double Right)>();
        var (left, right) = (Words[0].BoundingBox.Left, Words[0].BoundingBox.Right);
        // A list marker is set apart from its text by a tab, not a column gap.
        var marker = IsListMarker(Words[0].Text);
        foreach (var word in Words.Skip(1))
        {
            if (word.BoundingBox.Left - right > SegmentGapEm * FontSize && !marker)
            {
                spans.Add((left, right));
                left = word.BoundingBox.Left;
            }

            right = Math.Max(right, word.BoundingBox.Right);
            marker = false;
        }

        spans.Add((left, right));
        return spans;
    }

    /// <summary>True for a bullet or a list number ("•", "–", "3.", "b)").</summary>
    public static bool IsListMarker(string text) =>
        text.Length == 1 ? "•◦▪▫‣●○■□∙·*-–".Contains(text[0], StringComparison.Ordinal)
        : text.Length <= 4 && text[^1] is '.' or ')' && text[..^1].All(char.IsLetterOrDigit) && (text.Length == 2 || text[..^1].All(char.IsAsciiDigit));

    /// <summary>True when the word's font is a bold face (by its name or its details) or the text is drawn stroked.</summary>
    public static bool IsBold(Word word)
    {
        var letter = word.Letters[0];
        var name = letter.FontName ?? "";
        return letter.FontDetails?.IsBold == true
            || letter.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke
            || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Demi", StringComparison.OrdinalIgnoreCase);
    }

    private static double Dominant(List<Word> words) =>
        words.GroupBy(w => Math.Round(w.Letters[0].PointSize * 2) / 2)
            .OrderByDescending(g => g.Sum(w => w.Letters.Count))
            .First().Key;
}
