using FaqBot.Core.Search;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Answering;

// The process's one sentence encoder (the model stays loaded across index rebuilds), or none when
// Search:UseEmbeddings is false. A missing model file stops start-up with a message naming the file and its package.
public sealed class SentenceEncoderHolder(IOptions<SearchOptions> search, IOptions<EmbeddingsOptions> embeddings) : IDisposable
{
    private readonly Lazy<OnnxSentenceEncoder?> _encoder = new(() => search.Value.UseEmbeddings ? new OnnxSentenceEncoder(embeddings.Value) : null);

    public ISentenceEncoder? Encoder => _encoder.Value;

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value?.Dispose();
        }
    }
}
