namespace FaqBot.Core.Indexing;

/// <summary>Where the index snapshot lives (section "Index").</summary>
public sealed class IndexOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Index";

    /// <summary>Snapshot file path; relative paths are taken from the configuration's folder. Empty turns snapshots off.</summary>
    /// <value>The default value is "data/index.faqidx".</value>
    public string SnapshotPath { get; set; } = "data/index.faqidx";
}
