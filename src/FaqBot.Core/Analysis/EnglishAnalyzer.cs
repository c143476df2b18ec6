namespace FaqBot.Core.Analysis;

/// <summary>
/// The English chain: <see cref="WordTokenizer"/> → <see cref="EnglishPossessiveFilter"/> →
/// <see cref="KeywordMarkerFilter"/> (needs the original case) → <see cref="LowerCaseFilter"/> →
/// <see cref="StopFilter"/> → <see cref="EnglishStemFilter"/> → optional <see cref="SynonymFilter"/>.
/// </summary>
public static class EnglishAnalyzer
{
    /// <summary>Acronyms always protected from stemming, whatever their case in the text.</summary>
    public static IReadOnlySet<string> Acronyms { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "NMDA", "BDNF", "PTSD", "OCD", "TMS", "AMPA", "LTP", "IV", "GABA", "ECT", "ADHD", "MDD", "TRD", "FDA",
        "SSRI", "CBT", "EMDR",
    };

    /// <summary>Creates the full chain, with synonyms when <paramref name="synonyms"/> is given.</summary>
    public static Analyzer Create(SynonymMap? synonyms = null)
    {
        var builder = CreateBuilder();
        if (synonyms is not null)
        {
            builder.Add(new SynonymFilter(synonyms));
        }

        return builder.Build();
    }

    /// <summary>Creates the chain without synonyms, used to analyze the terms of a synonyms file.</summary>
    public static Analyzer CreateTermAnalyzer() => CreateBuilder().Build();

    private static AnalyzerBuilder CreateBuilder() =>
        new AnalyzerBuilder(new WordTokenizer())
            .Add(new EnglishPossessiveFilter())
            .Add(new KeywordMarkerFilter(Acronyms))
            .Add(new LowerCaseFilter())
            .Add(new StopFilter(StopWords.English))
            .Add(new EnglishStemFilter());
}
