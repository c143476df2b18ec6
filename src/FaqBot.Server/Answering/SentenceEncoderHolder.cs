using FaqBot.Core.Search;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Answering;

// The process's one sentence encoder (the model stays loaded across index rebuilds). Triage's learned layer always
// reads it, so it is loaded even when Search:UseEmbeddings is false; retrieval then gets none. The model loads on its
// own thread once the start-up sequence calls LoadAsync, while the index opens; a missing model file fails that step
// (and any encoding) with a message naming the file and its package.
public sealed class SentenceEncoderHolder : IDisposable
{
    private readonly IOptions<SearchOptions> _search;
    private readonly DeferredSentenceEncoder _encoder;

    public SentenceEncoderHolder(IOptions<SearchOptions> search, IOptions<EmbeddingsOptions> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        _search = search;
        var options = embeddings.Value;
        var model = SentenceEncoderModel.For(options.Model);
        _encoder = new DeferredSentenceEncoder(model.ModelId, model.Dimensions, model.MaxTokens, () => new OnnxSentenceEncoder(options));
    }

    // Over an encoder loaded elsewhere and left open at disposal: the tests start hundreds of servers in one process
    // and share one loaded model between them (an ONNX session is read-only and safe to run concurrently).
    internal SentenceEncoderHolder(IOptions<SearchOptions> search, ISentenceEncoder shared)
        : this(search, new DeferredSentenceEncoder(shared))
    {
    }

    // Over a load the caller controls (tests hold it back to see what start-up does meanwhile).
    internal SentenceEncoderHolder(IOptions<SearchOptions> search, DeferredSentenceEncoder encoder)
    {
        _search = search;
        _encoder = encoder;
    }

    // The encoder retrieval uses, or null for keyword search alone.
    public ISentenceEncoder? Encoder => _search.Value.UseEmbeddings ? _encoder : null;

    // The same instance, for triage, whatever retrieval uses.
    public ISentenceEncoder TriageEncoder => _encoder;

    // Starts loading the model (once) and completes when it is loaded; faults with the load's exception.
    public Task LoadAsync() => _encoder.StartLoading();

    public void Dispose() => _encoder.Dispose();
}
