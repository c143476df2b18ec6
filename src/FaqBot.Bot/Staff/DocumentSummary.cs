namespace FaqBot.Bot;

/// <summary>One indexed document.</summary>
/// <param name="SourceFile">Path relative to the knowledge base.</param>
/// <param name="Title">Its title.</param>
/// <param name="Passages">How many passages it has.</param>
public sealed record DocumentSummary(string SourceFile, string Title, int Passages);
