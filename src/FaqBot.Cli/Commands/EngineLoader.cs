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

    /// <param name="knowledgeBase">Another knowledge-base folder than the configured one, indexed in memory as --kb does (fit --also).</param>
    public static FaqEngine Open(
        CliArguments args, TextWriter error, bool forceRebuild = false, IProgress<Core.KnowledgeBase.IngestProgress>? progress = null, string? knowledgeBase = null)
    {
        var settings = knowledgeBase is null ? CliSettings.Load(args) : CliSettings.UseKnowledgeBase(CliSettings.Load(args), knowledgeBase);
        var encoder = Encoder(args, settings);
        var triage = TriageSetup.Create(args);
        var prefix = knowledgeBase is null ? "" : $"{knowledgeBase}: ";
        return FaqEngine.Open(settings, forceRebuild, progress, warn: message => error.WriteLine($"warning: {prefix}{message}"), encoder: encoder, triage: triage);
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
