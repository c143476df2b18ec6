namespace FaqBot.Core.Analysis;

/// <summary>Marks that token filters set on a <see cref="Token"/>.</summary>
[Flags]
public enum TokenFlags
{
    /// <summary>No mark.</summary>
    None = 0,

    /// <summary>Protected from stemming (an acronym such as NMDA), as Lucene's KeywordAttribute.</summary>
    Keyword = 1,

    /// <summary>Injected by the synonym filter at the position of the words it stands for.</summary>
    Synonym = 2,
}
