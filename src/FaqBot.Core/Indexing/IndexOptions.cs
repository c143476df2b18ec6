namespace FaqBot.Core.Indexing;

/// <summary>Where the Lucene index lives (section "Index").</summary>
public sealed class IndexOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Index";

    /// <summary>The index folder; relative paths are taken from the configuration's folder. Empty keeps the index in memory.</summary>
    /// <value>The default value is "data/index".</value>
    public string Path { get; set; } = "data/index";
}
