using System.ComponentModel.DataAnnotations;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Options for reading the knowledge base (configuration section "KnowledgeBase").</summary>
public sealed class KnowledgeBaseOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "KnowledgeBase";

    /// <summary>The knowledge-base folder.</summary>
    /// <value>The default value is "knowledge-base".</value>
    public string Path { get; set; } = "knowledge-base";

    /// <summary>Text, Markdown and HTML files larger than this are skipped with a warning.</summary>
    /// <value>The default value is 5 MB.</value>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>PDF and Word files larger than this are skipped with a warning (they carry images and fonts).</summary>
    /// <value>The default value is 50 MB.</value>
    [Range(1, long.MaxValue)]
    public long MaxPdfAndWordBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Boilerplate cleaning rules for .txt and .md files.</summary>
    public BoilerplateRules Boilerplate { get; set; } = new();
}
