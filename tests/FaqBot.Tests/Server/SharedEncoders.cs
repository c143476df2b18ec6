using FaqBot.Core.Search;
using FaqBot.Embeddings;
using FaqBot.Server.Answering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Server;

// The in-process test servers share one loaded embedding model per model setting instead of each loading its own
// (about a second and 90 MB each, hundreds of times a run). Servers that name other embedding settings load their own,
// so the start-up tests of a missing or unknown model still see the real loading.
internal static class SharedEncoders
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<(EmbeddingModel, string?, int, int), OnnxSentenceEncoder> Loaded = [];

    public static void Use(IServiceCollection services) => services.AddSingleton(sp => new SentenceEncoderHolder(
        sp.GetRequiredService<IOptions<SearchOptions>>(), For(sp.GetRequiredService<IOptions<EmbeddingsOptions>>().Value)));

    internal static OnnxSentenceEncoder For(EmbeddingsOptions options)
    {
        var key = (options.Model, options.ModelsPath, options.BatchSize, options.MaxDegreeOfParallelism);
        lock (Gate)
        {
            if (!Loaded.TryGetValue(key, out var encoder))
            {
                encoder = new OnnxSentenceEncoder(options); // a failure is not remembered: the next server tries again
                Loaded[key] = encoder;
            }

            return encoder;
        }
    }
}
