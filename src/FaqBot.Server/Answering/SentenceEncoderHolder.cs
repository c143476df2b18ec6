using FaqBot.Core.Search;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Answering;

// The process's one sentence encoder (the model stays loaded across index rebuilds). Triage's learned layer always
// reads it, so it is loaded even when Search:UseEmbeddings is false; retrieval then gets none. A missing model file
// stops start-up with a message naming the file and its package.
public sealed class SentenceEncoderHolder(IOptions<SearchOptions> search, IOptions<EmbeddingsOptions> embeddings) : IDisposable
{
    private readonly Lazy<OnnxSentenceEncoder> _encoder = new(() => new OnnxSentenceEncoder(embeddings.Value));

    // The encoder retrieval uses, or null for keyword search alone.
    public ISentenceEncoder? Encoder => search.Value.UseEmbeddings ? _encoder.Value : null;

    // The same instance, for triage, whatever retrieval uses.
    public ISentenceEncoder TriageEncoder => _encoder.Value;

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
