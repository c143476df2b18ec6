using System.Text.RegularExpressions;

namespace FaqBot.Core.KnowledgeBase.Pdf;

/// <summary>
/// Finds running headers and footers: a line among the two topmost or two lowest of its page whose text (digits
/// aside) and size recur there on at least half the pages, two at least. A page number alone ("3", "Page 3 of 40")
/// in those places is dropped on any page.
/// </summary>
internal static partial class RunningLines
{
    private const int ZoneLines = 2;

    /// <summary>Returns the rule that drops each running line ("running-header", "running-footer", "page-number").</summary>
    public static Dictionary<PdfLine, string> Find(IReadOnlyList<List<PdfLine>> pages)
    {
        var zones = pages.Select(Zone).ToList();
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count / 2.0));
        var recurring = zones
            .SelectMany(zone => zone.Select(z => Key(z.Line)).Distinct())
            .GroupBy(key => key, StringComparer.Ordinal)
            .Where(g => g.Count() >= threshold)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        var dropped = new Dictionary<PdfLine, string>(ReferenceEqualityComparer.Instance);
        foreach (var (line, top) in zones.SelectMany(zone => zone))
        {
            if (PageNumberRegex().IsMatch(line.Text))
            {
                dropped[line] = "page-number";
            }
            else if (recurring.Contains(Key(line)))
            {
                dropped[line] = top ? "running-header" : "running-footer";
            }
        }

        return dropped;
    }

    // The two topmost and two lowest lines of the page (fewer on a short page: a line is never both).
    private static List<(PdfLine Line, bool Top)> Zone(List<PdfLine> page)
    {
        var byHeight = page.OrderByDescending(l => l.Baseline).ToList();
        var top = Math.Min(ZoneLines, byHeight.Count / 2);
        var bottom = Math.Min(ZoneLines, byHeight.Count - top);
        return [.. byHeight.Take(top).Select(l => (l, true)), .. byHeight.Skip(byHeight.Count - bottom).Select(l => (l, false))];
    }

    private static string Key(PdfLine line) =>
        DigitsRegex().Replace(line.Text.ToLowerInvariant(), "#") + "@" + Math.Round(line.FontSize).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[-–—\s]*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[-–—\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();
}
