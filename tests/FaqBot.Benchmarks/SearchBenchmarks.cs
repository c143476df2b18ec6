using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FaqBot.Core.Answering;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Embeddings;
using FaqBot.Synthetic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqBot.Benchmarks;

/// <summary>
/// For the development questions, on the seed knowledge base and on one 1,000 times larger (each generated copy of a
/// seed passage reuses that passage's vectors): plain Lucene.Net search (QueryBuilder over the body, top 10), FaqBot's
/// keyword retrieval (Lucene plus its rescoring layer), fused keyword + exact cosine retrieval with a precomputed
/// question vector, and the whole uncached answer path (question embedding included).
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private FaqEngine _engine = null!;
    private OnnxSentenceEncoder _encoder = null!;
    private QueryBuilder _plain = null!;
    private string[] _questions = [];
    private float[][] _questionVectors = [];
    private int _next;

    [Params(1, 1000)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seed = new KnowledgeBaseLoader(new KnowledgeBaseOptions()).Load(RepositoryPaths.KnowledgeBase).AllPassages.ToList();
        var passages = Scale > 1 ? SyntheticCorpus.Generate(seed, Scale) : seed;
        _encoder = new OnnxSentenceEncoder(new EmbeddingsOptions { Model = EmbeddingModel.ArcticXs });
        var seedVectors = KeywordIndex.Embed(seed, _encoder);
        var vectors = passages.Select((_, i) => seedVectors[i % seed.Count]).ToArray();
        var settings = new FaqEngineSettings { BaseDirectory = RepositoryPaths.Root };
        _engine = FaqEngine.OverIndex(settings, KeywordIndex.Build(passages, "bench", vectors, _encoder.ModelId), _encoder);
        _plain = new QueryBuilder(_engine.Searcher.QueryAnalyzer);
        _questions = [.. File.ReadLines(RepositoryPaths.DevQuestions)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)];
        _questionVectors = [.. _questions.Select(_encoder.EncodeQuery)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Dispose();
        _encoder.Dispose();
    }

    /// <summary>Plain Lucene.Net: one question per invocation, cycling through the set.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLuceneSearch()
    {
        var query = _plain.CreateBooleanQuery("body", _questions[Next()]) ?? new BooleanQuery();
        return _engine.Searcher.Index.Searcher.Search(query, 10).TotalHits;
    }

    /// <summary>FaqBot's keyword retrieval: query analysis, Lucene search, rescoring.</summary>
    [Benchmark]
    public int SearchOneQuestion() => _engine.Searcher.Search(_questions[Next()]).Hits.Count;

    /// <summary>Keyword and semantic retrieval fused (the question's vector precomputed).</summary>
    [Benchmark]
    public int FusedSearchOneQuestion()
    {
        var i = Next();
        var labelled = _engine.Decision?.Scope?.EvidenceSimilarities(_questionVectors[i]);
        return _engine.Searcher.SearchFused(_questions[i], _questionVectors[i], ranker: _engine.Decision?.Ranker, labelled: labelled).Hits.Count;
    }

    /// <summary>The whole uncached answer: question embedding, triage, both retrievals, fusion, decision, quotes, follow-ups.</summary>
    [Benchmark]
    public int AnswerOneQuestion() => _engine.AskUncached(_questions[Next()]).Quotes.Count;

    private int Next() => _next++ % _questions.Length;
}
