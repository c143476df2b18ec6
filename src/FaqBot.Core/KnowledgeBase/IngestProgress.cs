namespace FaqBot.Core.KnowledgeBase;

/// <summary>Progress of a knowledge-base load: reported once per file.</summary>
/// <param name="FileIndex">1-based number of the file just read.</param>
/// <param name="FileCount">Number of candidate files.</param>
/// <param name="SourceFile">The file just read, relative to the folder.</param>
public readonly record struct IngestProgress(int FileIndex, int FileCount, string SourceFile);
