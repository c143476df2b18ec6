using FaqBot.Core.Answering;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;

namespace FaqBot.Tests.TestSupport;

/// <summary>One engine over the shipped knowledge base, with the default embedding model, shared by the tests (opening it builds the index).</summary>
internal static class SeedEngine
{
    private static readonly Lazy<OnnxSentenceEncoder> SharedEncoder = new(() => new OnnxSentenceEncoder(new EmbeddingsOptions { Model = EmbeddingModel.ArcticXs }));

    private static readonly Lazy<FaqEngine> Engine = new(() => FaqEngine.Open(Settings(), encoder: Encoder));

    public static FaqEngine Instance => Engine.Value;

    /// <summary>The default encoder (ArcticXs, as appsettings.json), loaded once for the whole test run.</summary>
    public static ISentenceEncoder Encoder => SharedEncoder.Value;

    public static FaqEngineSettings Settings(Action<FaqEngineSettings>? configure = null)
    {
        var settings = new FaqEngineSettings { BaseDirectory = Repo.Root };
        settings.Index.Path = ""; // tests never touch the developer's index folder
        configure?.Invoke(settings);
        return settings;
    }
}
