using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;

namespace FaqBot.Core.Answering;

/// <summary>Everything <see cref="FaqEngine"/> needs, bound from configuration by the host.</summary>
public sealed class FaqEngineSettings
{
    /// <summary>Folder that relative paths (knowledge base, index) are resolved from.</summary>
    /// <value>The default value is the current directory.</value>
    public string BaseDirectory { get; set; } = Directory.GetCurrentDirectory();

    /// <summary>Knowledge-base location and cleaning rules.</summary>
    public KnowledgeBaseOptions KnowledgeBase { get; set; } = new();

    /// <summary>Ranking and abstention.</summary>
    public SearchOptions Search { get; set; } = new();

    /// <summary>The clinic's texts.</summary>
    public ClinicOptions Clinic { get; set; } = new();

    /// <summary>The welcome's example questions (<c>Bot:ExampleQuestions</c>), also offered after a greeting or "help".</summary>
    /// <value>The default value is <see cref="DefaultExampleQuestions"/>.</value>
    public IReadOnlyList<string> ExampleQuestions { get; set; } = DefaultExampleQuestions;

    /// <summary>Four questions the shipped ketamine-therapy documents answer.</summary>
    public static IReadOnlyList<string> DefaultExampleQuestions { get; } =
    [
        "What is ketamine therapy?",
        "What are the side effects of ketamine?",
        "How many ketamine sessions will I need?",
        "Is ketamine therapy safe?",
    ];

    /// <summary>Index location.</summary>
    public IndexOptions Index { get; set; } = new();

    /// <summary>The knowledge-base folder as an absolute path.</summary>
    public string KnowledgeBasePath => Path.GetFullPath(KnowledgeBase.Path, BaseDirectory);

    /// <summary>The index folder as an absolute path, or null when the index is kept in memory.</summary>
    public string? IndexPath => string.IsNullOrWhiteSpace(Index.Path) ? null : System.IO.Path.GetFullPath(Index.Path, BaseDirectory);
}
