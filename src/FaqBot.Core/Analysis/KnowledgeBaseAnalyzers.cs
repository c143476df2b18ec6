namespace FaqBot.Core.Analysis;

/// <summary>The two analyzers a knowledge base needs: one for indexing and quoting, one with its synonyms for questions.</summary>
/// <param name="Terms">The English chain without synonyms: index terms, quote highlighting, synonym entries.</param>
/// <param name="Query">The same chain plus the knowledge base's synonyms.txt, when it has one.</param>
public sealed record KnowledgeBaseAnalyzers(Analyzer Terms, Analyzer Query)
{
    /// <summary>The name of the synonyms file inside a knowledge-base folder.</summary>
    public const string SynonymsFileName = "synonyms.txt";

    /// <summary>Builds both analyzers for the knowledge base in <paramref name="knowledgeBasePath"/>.</summary>
    /// <exception cref="SynonymFormatException">synonyms.txt has a malformed line.</exception>
    public static KnowledgeBaseAnalyzers Load(string knowledgeBasePath)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBasePath);
        var terms = EnglishAnalyzer.CreateTermAnalyzer();
        var synonymsPath = Path.Combine(knowledgeBasePath, SynonymsFileName);
        var synonyms = File.Exists(synonymsPath) ? SynonymMap.Load(synonymsPath, terms) : null;
        return new KnowledgeBaseAnalyzers(terms, EnglishAnalyzer.Create(synonyms));
    }
}
