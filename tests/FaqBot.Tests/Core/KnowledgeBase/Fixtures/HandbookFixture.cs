namespace FaqBot.Tests.Core.KnowledgeBase.Fixtures;

// The 40-page patient handbook (tests/data/handbook/patient-handbook.txt; its README describes the layout language)
// written as a PDF.
internal static class HandbookFixture
{
    public const string FileName = "patient-handbook.pdf";

    // The tests find the text beside their assembly; the benchmarks pass the repository's copy.
    public static PdfFixture Create(string? textPath = null)
    {
        var text = File.ReadAllText(textPath ?? Path.Combine(AppContext.BaseDirectory, "data", "handbook", "patient-handbook.txt"));
        var fixture = new PdfFixture
        {
            Title = "Ketamine Therapy: Your Patient Handbook",
            RunningHeader = "Riverside Clinic · Patient handbook",
            Footer = "Page {0} of {1}",
        };
        foreach (var page in text.Split("=== page", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = page.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var columns = lines[0].Trim() == "columns";
            fixture.Page(writer => Write(writer, lines.Skip(1).Where(l => l.Trim().Length > 0).ToList(), columns));
        }

        return fixture;
    }

    private static void Write(PdfPageWriter writer, List<string> lines, bool columns)
    {
        if (columns)
        {
            writer.Heading(lines[0][2..], 14);
            var split = lines.IndexOf("|||");
            writer.Columns([.. lines.Skip(1).Take(split - 1)], [.. lines.Skip(split + 1)]);
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                writer.Heading(line[2..], i == 0 && lines.Count > 0 && writer.IsFirstPage ? 20 : 14);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                var items = lines.Skip(i).TakeWhile(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
                writer.Bullets([.. items.Select(l => l[2..])]);
                i += items.Count - 1;
            }
            else if (line.StartsWith("| ", StringComparison.Ordinal))
            {
                var rows = lines.Skip(i).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
                writer.Table([.. rows.Select(r => r[2..].Split('|').Select(c => c.Trim()).ToArray())]);
                i += rows.Count - 1;
            }
            else
            {
                writer.Paragraph(line, hyphenate: true);
            }
        }
    }
}
