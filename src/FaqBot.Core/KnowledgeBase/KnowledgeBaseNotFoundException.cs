namespace FaqBot.Core.KnowledgeBase;

/// <summary>Thrown when the knowledge-base folder does not exist.</summary>
public sealed class KnowledgeBaseNotFoundException : DirectoryNotFoundException
{
    /// <summary>Creates the exception for a missing folder.</summary>
    public KnowledgeBaseNotFoundException(string path)
        : base($"Knowledge-base folder not found: '{path}'. Set KnowledgeBase:Path to the folder holding the clinic's documents.")
    {
        Path = path;
    }

    /// <summary>The folder that was not found.</summary>
    public string Path { get; }
}
