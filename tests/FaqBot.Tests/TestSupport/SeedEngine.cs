using FaqBot.Core.Answering;

namespace FaqBot.Tests.TestSupport;

/// <summary>One engine over the shipped knowledge base, shared by the tests (opening it builds the index).</summary>
internal static class SeedEngine
{
    private static readonly Lazy<FaqEngine> Engine = new(() => FaqEngine.Open(Settings()));

    public static FaqEngine Instance => Engine.Value;

    public static FaqEngineSettings Settings(Action<FaqEngineSettings>? configure = null)
    {
        var settings = new FaqEngineSettings { BaseDirectory = Repo.Root };
        settings.Index.Path = ""; // tests never touch the developer's index folder
        configure?.Invoke(settings);
        return settings;
    }
}
