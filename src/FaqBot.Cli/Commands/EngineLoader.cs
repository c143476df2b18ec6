using FaqBot.Core.Answering;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;

namespace FaqBot.Cli.Commands;

/// <summary>Opens the engine for a command, with warnings on stderr, and the sentence encoder when embeddings are on.</summary>
internal static class EngineLoader
{
    public static FaqEngine Open(CliArguments args, TextWriter error, bool forceRebuild = false, IProgress<Core.KnowledgeBase.IngestProgress>? progress = null)
    {
        var settings = CliSettings.Load(args);
        var encoder = Encoder(args, settings);
        return FaqEngine.Open(settings, forceRebuild, progress, warn: message => error.WriteLine($"warning: {message}"), encoder: encoder);
    }

    /// <summary>The configured encoder (one per process), or null with --no-embeddings or Search:UseEmbeddings=false.</summary>
    public static ISentenceEncoder? Encoder(CliArguments args, FaqEngineSettings settings)
    {
        if (args.Has("--no-embeddings") || !settings.Search.UseEmbeddings)
        {
            return null;
        }

        try
        {
            // The process ends with the command; the encoder lives as long.
            return new OnnxSentenceEncoder(CliSettings.LoadEmbeddings(args));
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
