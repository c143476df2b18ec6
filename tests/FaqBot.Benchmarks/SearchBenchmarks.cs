using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FaqBot.Core.Answering;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqBot.Benchmarks;

/// <summary>
/// For the development questions, on the seed knowledge base and on one 1,000 times larger: plain Lucene.Net search
/// (QueryBuilder over the body, top 10), FaqBot's retrieval (Lucene plus its rescoring layer), and the whole uncached
/// answer path.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private FaqEngine _engine = null!;
    private QueryBuilder _plain = null!;
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

        var settings = new FaqEngineSettings { BaseDirectory = RepositoryPaths.Root };
        _engine = FaqEngine.OverIndex(settings, KeywordIndex.Build(passages, "bench"));
        _plain = new QueryBuilder(_engine.Searcher.QueryAnalyzer);
        _questions = [.. File.ReadLines(RepositoryPaths.DevQuestions)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)];
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    /// <summary>Plain Lucene.Net: one question per invocation, cycling through the set.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLuceneSearch()
    {
        var query = _plain.CreateBooleanQuery("body", Next()) ?? new BooleanQuery();
        return _engine.Searcher.Index.Searcher.Search(query, 10).TotalHits;
    }

    /// <summary>FaqBot's retrieval: query analysis, Lucene search, rescoring.</summary>
    [Benchmark]
    public int SearchOneQuestion() => _engine.Searcher.Search(Next()).Hits.Count;

    /// <summary>The whole uncached answer: triage, retrieval, quotes, follow-ups.</summary>
    [Benchmark]
    public int AnswerOneQuestion() => _engine.AskUncached(Next()).Quotes.Count;

    private string Next() => _questions[_next++ % _questions.Length];
}
