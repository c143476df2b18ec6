namespace FaqBot.Bot;

/// <summary>The indexed knowledge base, for the staff <c>sources</c> command.</summary>
/// <param name="Documents">The documents, by source file.</param>
/// <param name="BuiltAt">When the current index was opened (UTC).</param>
/// <param name="FromSnapshot">True when the saved index was current and read rather than rebuilt.</param>
public sealed record KnowledgeBaseSummary(IReadOnlyList<DocumentSummary> Documents, DateTimeOffset BuiltAt, bool FromSnapshot);
