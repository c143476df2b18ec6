using System.Collections.Concurrent;
using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

/// <summary>One loaded encoder per model, shared by the embedding tests (a model takes about a second to load).</summary>
public sealed class EncoderFixture : IDisposable
{
    private readonly ConcurrentDictionary<EmbeddingModel, Lazy<OnnxSentenceEncoder>> _encoders = new();

    public OnnxSentenceEncoder Get(EmbeddingModel model) =>
        _encoders.GetOrAdd(model, m => new Lazy<OnnxSentenceEncoder>(() => new OnnxSentenceEncoder(new EmbeddingsOptions { Model = m }))).Value;

    public void Dispose()
    {
        foreach (var encoder in _encoders.Values.Where(e => e.IsValueCreated))
        {
            encoder.Value.Dispose();
        }
    }
}
