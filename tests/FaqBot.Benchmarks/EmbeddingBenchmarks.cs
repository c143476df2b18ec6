using BenchmarkDotNet.Attributes;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Embeddings;

namespace FaqBot.Benchmarks;

/// <summary>
/// Sentence embeddings: one short question (target ≤ 5 ms) and every passage of the seed knowledge base in one call
/// (target ≥ 150 passages/s on 2 cores; passages/s = passages ÷ the mean). <c>embedding-rss</c> measures memory.
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks
{
    private OnnxSentenceEncoder _encoder = null!;
    private string[] _passages = [];

    [Params(EmbeddingModel.MiniLM, EmbeddingModel.ArcticXs)]
    public EmbeddingModel Model { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _passages = EmbeddingMemoryProbe.SeedPassages();
        _encoder = new OnnxSentenceEncoder(new EmbeddingsOptions { Model = Model });
        Console.WriteLine($"// {Model}: {_passages.Length} seed passages; working set after loading the model " +
            $"{Environment.WorkingSet / 1e6:F0} MB");
    }

    [GlobalCleanup]
    public void Cleanup() => _encoder.Dispose();

    [Benchmark]
    public float[] EncodeQuestion() => _encoder.EncodeQuery("How long does a ketamine session last?");

    [Benchmark]
    public float[][] EncodeSeedPassages() => _encoder.EncodePassages(_passages);
}
