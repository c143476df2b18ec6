using FaqBot.Core.Answering;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot index [--explain]</c>: ingests the knowledge base and writes the Lucene index.</summary>
internal static class IndexCommand
{
    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--explain", "--force", "--no-embeddings");
        var settings = CliSettings.Load(args);
        using var bar = new ProgressBar(error);
        using var engine = EngineLoader.Open(args, error, forceRebuild: true, progress: bar);
        bar.Done();
        var content = engine.Content!;
        var index = engine.Searcher.Index;
        if (args.Has("--explain"))
        {
            output.WriteLine(IngestionReport.Format(content));
        }

        output.WriteLine(
            $"Indexed {content.Documents.Count} documents and {content.Curated.Count} curated answers: {index.Passages.Count} passages, " +
            $"{index.TermCount} terms, {index.EmbeddedPassages} passages embedded ({engine.Encoder?.ModelId ?? "no embedding model"}), in {engine.OpenTime.TotalMilliseconds:F0} ms.");
        output.WriteLine(settings.IndexPath is { } folder ? $"Index: {folder}" : "Index: in memory (--kb given or Index:Path empty)");
        if (content.Warnings.Count > 0)
        {
            output.WriteLine($"{content.Warnings.Count} file(s) skipped or partly read; see the warnings above.");
        }

        return 0;
    }
}
