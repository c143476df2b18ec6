using BenchmarkDotNet.Attributes;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Synthetic;

namespace FaqBot.Benchmarks;

/// <summary>Lucene.Net index build (in memory) on a generated knowledge base 1,000 times the seeds (about 18 MB of passage text).</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private List<Passage> _passages = [];

    [GlobalSetup]
    public void Setup()
    {
        var content = new KnowledgeBaseLoader(new KnowledgeBaseOptions()).Load(RepositoryPaths.KnowledgeBase);
        _passages = SyntheticCorpus.Generate([.. content.AllPassages], 1000);
        var bytes = _passages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text));
        Console.WriteLine($"// synthetic knowledge base: {_passages.Count} passages, {bytes / 1e6:F1} MB of text");
    }

    [Benchmark]
    public int BuildIndex()
    {
        using var index = KeywordIndex.Build(_passages, "bench");
        return index.Passages.Count;
    }
}
