using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FaqBot.Core.Analysis;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;

namespace FaqBot.Benchmarks;

/// <summary>Retrieval for the development questions on the seed knowledge base and on one 1,000 times larger.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private Searcher _searcher = null!;
    private string[] _questions = [];
    private int _next;

    [Params(1, 1000)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var content = new KnowledgeBaseLoader(new KnowledgeBaseOptions()).Load(RepositoryPaths.KnowledgeBase);
        List<Passage> passages = [.. content.AllPassages];
        if (Scale > 1)
        {
            passages = SyntheticCorpus.Generate(passages, Scale);
        }

        var analyzers = KnowledgeBaseAnalyzers.Load(RepositoryPaths.KnowledgeBase);
        _searcher = new Searcher(PassageIndex.Build(passages, analyzers.Terms, "bench"), analyzers.Query, new SearchOptions());
        _questions = [.. File.ReadLines(RepositoryPaths.DevQuestions)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)];
    }

    /// <summary>One question per invocation, cycling through the set.</summary>
    [Benchmark]
    public int SearchOneQuestion()
    {
        var question = _questions[_next++ % _questions.Length];
        return _searcher.Search(question).Hits.Count;
    }
}
