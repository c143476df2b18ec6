using FaqBot.Core.Search;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Answering;

// The process's one sentence encoder (the model stays loaded across index rebuilds). Triage's learned layer always
// reads it, so it is loaded even when Search:UseEmbeddings is false; retrieval then gets none. A missing model file
// stops start-up with a message naming the file and its package.
public sealed class SentenceEncoderHolder : IDisposable
{
    private readonly IOptions<SearchOptions> _search;
    private readonly Lazy<OnnxSentenceEncoder> _encoder;
    private readonly bool _owned;

    public SentenceEncoderHolder(IOptions<SearchOptions> search, IOptions<EmbeddingsOptions> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        _search = search;
        _encoder = new(() => new OnnxSentenceEncoder(embeddings.Value));
        _owned = true;
    }

    // Over an encoder loaded elsewhere and left open at disposal: the tests start hundreds of servers in one process
    // and share one loaded model between them (an ONNX session is read-only and safe to run concurrently).
    internal SentenceEncoderHolder(IOptions<SearchOptions> search, OnnxSentenceEncoder shared)
    {
        _search = search;
        _encoder = new(shared);
        _owned = false;
    }

    // The encoder retrieval uses, or null for keyword search alone.
    public ISentenceEncoder? Encoder => _search.Value.UseEmbeddings ? _encoder.Value : null;

    // The same instance, for triage, whatever retrieval uses.
    public ISentenceEncoder TriageEncoder => _encoder.Value;

    public void Dispose()
    {
        if (_owned && _encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
