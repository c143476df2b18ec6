using FaqBot.Core.Search;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;
using FaqBot.Server.Answering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Server.Startup;

// A test server's embedding model that "loads" only once the test releases it (the shared test model underneath), so
// what start-up does meanwhile can be seen without racing a load that takes no time in the tests.
internal sealed class HeldModelLoad : IDisposable
{
    private readonly ManualResetEventSlim _gate = new();

    public void Release() => _gate.Set();

    // Declared before the server it is registered in, so the server is gone before this is disposed.
    public void Dispose()
    {
        _gate.Set();
        _gate.Dispose();
    }

    public void Register(IServiceCollection services) => services.AddSingleton(sp =>
    {
        var shared = SharedEncoders.For(sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value);
        var held = new DeferredSentenceEncoder(shared.ModelId, shared.Dimensions, shared.MaxTokens, () =>
        {
            _gate.Wait(TimeSpan.FromMinutes(1));
            return shared;
        }, ownsLoaded: false);
        return new SentenceEncoderHolder(sp.GetRequiredService<IOptions<SearchOptions>>(), held);
    });
}
