namespace FaqBot.Core.Indexing;

/// <summary>The fields of a passage that the index knows.</summary>
public enum IndexField
{
    /// <summary>The passage text.</summary>
    Body = 0,

    /// <summary>The heading above the passage.</summary>
    Heading = 1,

    /// <summary>The document title.</summary>
    Title = 2,

    /// <summary>A curated answer's question and alternate phrasings.</summary>
    Questions = 3,
}
