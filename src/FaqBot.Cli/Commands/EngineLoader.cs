using FaqBot.Core.Answering;
using FaqBot.Core.Semantics;
using FaqBot.Embeddings;

namespace FaqBot.Cli.Commands;

/// <summary>
/// Opens the engine for a command, with warnings on stderr, and the process's one sentence encoder: retrieval uses it
/// when embeddings are on, triage's learned layer always.
/// </summary>
internal static class EngineLoader
{
    private static OnnxSentenceEncoder? Shared;

    public static FaqEngine Open(CliArguments args, TextWriter error, bool forceRebuild = false, IProgress<Core.KnowledgeBase.IngestProgress>? progress = null)
    {
        var settings = CliSettings.Load(args);
        var encoder = Encoder(args, settings);
        var triage = TriageSetup.Create(args);
        return FaqEngine.Open(settings, forceRebuild, progress, warn: message => error.WriteLine($"warning: {message}"), encoder: encoder, triage: triage);
    }

    /// <summary>The engine over another knowledge-base folder, indexed in memory (as --kb does), with the same encoder and triage.</summary>
    public static FaqEngine OpenKnowledgeBase(CliArguments args, string folder, TextWriter error)
    {
        var settings = CliSettings.Load(args);
        settings.KnowledgeBase.Path = Path.GetFullPath(folder);
        settings.Index.Path = "";
        return FaqEngine.Open(settings, warn: message => error.WriteLine($"warning: {folder}: {message}"), encoder: Encoder(args, settings), triage: TriageSetup.Create(args));
    }

    /// <summary>The encoder retrieval uses (<see cref="TriageEncoder"/>), or null with --no-embeddings or Search:UseEmbeddings=false.</summary>
    public static ISentenceEncoder? Encoder(CliArguments args, FaqEngineSettings settings) =>
        args.Has("--no-embeddings") || !settings.Search.UseEmbeddings ? null : TriageEncoder(args);

    /// <summary>The configured encoder (<c>Embeddings:Model</c>), loaded once per process; triage reads it even when retrieval does not.</summary>
    public static ISentenceEncoder TriageEncoder(CliArguments args)
    {
        try
        {
            // The process ends with the command; the encoder lives as long.
            return Shared ??= new OnnxSentenceEncoder(CliSettings.LoadEmbeddings(args));
        }
        catch (FileNotFoundException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
