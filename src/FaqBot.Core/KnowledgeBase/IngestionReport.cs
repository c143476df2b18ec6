using System.Text;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>The human-readable ingestion report printed by <c>faqbot index --explain</c>.</summary>
public static partial class IngestionReport
{
    /// <summary>
    /// Formats, per file: title, passage count, headings, dropped lines with line and rule, warnings; for a PDF, page by
    /// page: the passages taken from it and the lines dropped from it.
    /// </summary>
    public static string Format(KnowledgeBaseContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = new StringBuilder();
        foreach (var document in content.Documents)
        {
            text.Append(document.SourceFile).Append('\n');
            text.Append("  title: ").Append(document.Title).Append('\n');
            if (document.Url is not null)
            {
                text.Append("  url: ").Append(document.Url).Append('\n');
            }

            text.Append("  passages: ").Append(document.Passages.Count).Append('\n');
            text.Append("  headings: ").Append(document.Headings.Count).Append('\n');
            foreach (var heading in document.Headings)
            {
                text.Append("    - ").Append(heading).Append('\n');
            }

            text.Append("  dropped lines: ").Append(document.Dropped.Count).Append('\n');
            if (document.PageCount > 0)
            {
                AppendPages(text, document);
            }
            else
            {
                foreach (var line in document.Dropped)
                {
                    AppendDropped(text, line, "    ");
                }
            }

            AppendWarnings(text, content.Warnings.Where(w => w.SourceFile == document.SourceFile), "  ");
        }

        var curatedFiles = content.Curated.GroupBy(p => p.SourceFile, StringComparer.Ordinal);
        foreach (var file in curatedFiles)
        {
            text.Append(file.Key).Append('\n');
            text.Append("  curated answers: ").Append(file.Count()).Append('\n');
        }

        var documentFiles = content.Documents.Select(d => d.SourceFile).ToHashSet(StringComparer.Ordinal);
        AppendWarnings(text, content.Warnings.Where(w => !documentFiles.Contains(w.SourceFile)), "");
        text.Append("total: ").Append(content.Documents.Count).Append(" documents, ")
            .Append(content.AllPassages.Count()).Append(" passages, ")
            .Append(content.Curated.Count).Append(" curated answers, ")
            .Append(content.Warnings.Count).Append(" warnings\n");
        return text.ToString();
    }

    private static void AppendDropped(StringBuilder text, DroppedLine line, string indent) =>
        text.Append(indent).Append("line ").Append(line.Line).Append(" [").Append(line.Rule).Append("] ").Append(line.Text).Append('\n');

    private static void AppendWarnings(StringBuilder text, IEnumerable<LoadWarning> warnings, string indent)
    {
        foreach (var warning in warnings)
        {
            text.Append(indent).Append("warning: ").Append(warning.SourceFile).Append(": ").Append(warning.Message).Append('\n');
        }
    }
}
