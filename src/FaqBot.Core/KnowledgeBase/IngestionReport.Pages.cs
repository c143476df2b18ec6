using System.Text;

namespace FaqBot.Core.KnowledgeBase;

public static partial class IngestionReport
{
    // A PDF page by page: every passage that starts on the page (in full, its lines joined by " / ") and every line
    // dropped from it, so a clinic can see exactly what will be quoted and what will not.
    private static void AppendPages(StringBuilder text, KnowledgeBaseDocument document)
    {
        text.Append("  pages: ").Append(document.PageCount).Append('\n');
        var passages = document.Passages.ToLookup(p => p.Page ?? 0);
        var dropped = document.Dropped.ToLookup(d => d.Page ?? 0);
        var empty = document.PagesWithoutText.ToHashSet();
        for (var page = 1; page <= document.PageCount; page++)
        {
            text.Append("  page ").Append(page).Append(": ");
            if (empty.Contains(page))
            {
                text.Append("no text layer: needs OCR; ");
            }

            text.Append(passages[page].Count()).Append(" passages, ").Append(dropped[page].Count()).Append(" dropped lines\n");
            foreach (var passage in passages[page])
            {
                var heading = passage.Heading is null ? "" : $"[{passage.Heading}] ";
                text.Append("    passage ").Append(heading).Append(passage.Text.Replace("\n", " / ", StringComparison.Ordinal)).Append('\n');
            }

            foreach (var line in dropped[page])
            {
                AppendDropped(text, line, "    dropped ");
            }
        }
    }
}
