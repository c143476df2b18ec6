using Lucene.Net.Analysis;

namespace FaqBot.Core.Analysis;

/// <summary>The analyzers a knowledge base needs: one for indexing and quoting, one with its synonyms for questions.</summary>
/// <param name="Terms">The English chain without synonyms: index terms and quote highlighting.</param>
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
        var synonymsPath = Path.Combine(knowledgeBasePath, SynonymsFileName);
        var synonyms = File.Exists(synonymsPath) ? SynonymsFile.Load(synonymsPath) : null;
        return new KnowledgeBaseAnalyzers(EnglishAnalyzers.CreateTerms(), EnglishAnalyzers.CreateQuery(synonyms));
    }
}
