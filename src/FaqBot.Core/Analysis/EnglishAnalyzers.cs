using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace FaqBot.Core.Analysis;

/// <summary>The analyzers built from <see cref="EnglishChain"/>.</summary>
public static class EnglishAnalyzers
{
    /// <summary>The chain without synonyms: index terms and quote highlighting.</summary>
    public static Analyzer CreateTerms() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = EnglishChain.CreateTokenizer(reader);
        return new TokenStreamComponents(tokenizer, EnglishChain.Filter(tokenizer));
    });

    /// <summary>The chain plus the knowledge base's synonyms (Lucene's SynonymFilter), for questions.</summary>
    public static Analyzer CreateQuery(SynonymMap? synonyms) => synonyms is null ? CreateTerms() : Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = EnglishChain.CreateTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new SynonymFilter(EnglishChain.Filter(tokenizer), synonyms, ignoreCase: true));
    });

    /// <summary>The chain with stop-word gaps closed, for reading synonym entries: SolrSynonymParser rejects an
    /// entry whose analysis leaves a position gap ("out of body"), and SynonymFilter matches the same words
    /// across the gap the stop filter leaves in a question.</summary>
    public static Analyzer CreateSynonymEntries() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = EnglishChain.CreateTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new PositionGapCloser(EnglishChain.Filter(tokenizer)));
    });

    /// <summary>Lower-cased words as written, stop words dropped, unstemmed: the dictionary typos are matched against.
    /// Matching written words rather than stems keeps "addictive" from meeting "additionally" through "addict"/"addit".</summary>
    public static Analyzer CreateSurfaceWords() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = EnglishChain.CreateTokenizer(reader);
        TokenStream stream = new Lucene.Net.Analysis.Core.LowerCaseFilter(EnglishChain.Version, tokenizer);
        stream = new Lucene.Net.Analysis.Core.StopFilter(EnglishChain.Version, stream, EnglishChain.StopWords);
        return new TokenStreamComponents(tokenizer, stream);
    });
}
