namespace FaqBot.Core.KnowledgeBase;

/// <summary>The file-and-page part of a quote's source line: "aftercare.pdf, page 2" or "aftercare.pdf, pages 2–3".</summary>
public static class PageReferences
{
    /// <summary>Formats the reference; null when <paramref name="page"/> is null (the document has no pages).</summary>
    public static string? Format(string sourceFile, int? page, int? lastPage)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        if (page is not { } first)
        {
            return null;
        }

        return lastPage is { } last && last > first
            ? $"{sourceFile}, pages {first}\u2013{last}"
            : $"{sourceFile}, page {first}";
    }
}
