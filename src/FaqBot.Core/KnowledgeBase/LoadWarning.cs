namespace FaqBot.Core.KnowledgeBase;

/// <summary>A file that was skipped or only partly read, and why.</summary>
/// <param name="SourceFile">Path relative to the knowledge-base folder.</param>
/// <param name="Message">What was wrong, in words a clinic's IT person understands.</param>
public sealed record LoadWarning(string SourceFile, string Message);
