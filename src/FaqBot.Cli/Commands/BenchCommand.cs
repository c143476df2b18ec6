using System.Diagnostics;
using FaqBot.Core.Answering;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Semantics;
using FaqBot.Synthetic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot bench --questions FILE [--repeat N] [--synthetic SCALE] [--synthetic-out DIR]</c>: builds the index in
/// memory, then times per question, after a warm-up: the whole uncached answer path (question embedding, triage, both
/// retrievals, fusion, the answerability model, quotes, follow-ups), the question embedding alone, and plain Lucene.Net
/// search alone over the same index (QueryBuilder over the body, top 10), so the cost of our layer shows. A generated
/// knowledge base gives each copy of a seed passage that passage's vectors (search cost does not depend on their values).
/// Ends with the contract line <c>build_ms=… p50_us=… p99_us=… passages=…</c>, whose percentiles are the whole answer path.
/// </summary>
internal static class BenchCommand
{
    private const int BuildRuns = 3;

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        if (args.Get("--stats-events") is not null)
        {
            return StatsBenchCommand.Run(args, output, error);
        }

        args.AllowOnly("--questions", "--repeat", "--synthetic", "--synthetic-out");
        var questions = BenchQuestions.Read(args.Get("--questions") ?? throw new CliException("bench needs --questions FILE (JSON lines with \"q\", or one question per line)", 2));
        var repeat = args.GetInt("--repeat", 20);
        var settings = CliSettings.Load(args);
        if (!Directory.Exists(settings.KnowledgeBasePath))
        {
            throw new KnowledgeBaseNotFoundException(settings.KnowledgeBasePath);
        }

        var seed = new KnowledgeBaseLoader(settings.KnowledgeBase).Load(settings.KnowledgeBasePath).AllPassages.ToList();
        var passages = Passages(args, seed, error);
        var textBytes = passages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text));
        var buildMs = BestBuildMs(passages);
        var encoder = EngineLoader.Encoder(args, settings);
        var index = encoder is null ? KeywordIndex.Build(passages, "bench") : BuildWithVectors(passages, seed, encoder, output);
        using var engine = FaqEngine.OverIndex(settings, index, encoder, TriageSetup.Create(args));

        // A server builds triage's regexes in its warm-up (StartupSequence), so the bench does too: rss_mb then holds the
        // linear-time ones long messages use (~56 MB), and the first questions do not pay for building the per-rule ones
        // (docs/benchmarks.md, "the warm server's memory").
        MessageTriage.Prepare();
        var plainQuery = new QueryBuilder(engine.Searcher.QueryAnalyzer);
        var lucene = engine.Searcher.Index.Searcher;
        var plain = BenchTimer.Measure(questions, repeat, q => lucene.Search(plainQuery.CreateBooleanQuery("body", q) ?? new BooleanQuery(), 10));
        var embed = encoder is null ? [0.0] : BenchTimer.Measure(questions, repeat, encoder.EncodeQuery);
        var whole = BenchTimer.Measure(questions, repeat, engine.AskUncached);
        var indexBytes = engine.Searcher.Index.SizeInBytes();
        GC.Collect();
        output.WriteLine($"text_mb={textBytes / 1e6:F2} build_mb_per_s={textBytes / 1e6 / (buildMs / 1000):F1} index_mb={indexBytes / 1e6:F1} index_to_text={(double)indexBytes / textBytes:F2} terms={engine.Searcher.Index.TermCount} vectors={engine.Searcher.Semantic.VectorCount} questions={questions.Count} searches={whole.Count}");
        output.WriteLine($"managed_mb={GC.GetTotalMemory(false) / 1e6:F0} rss_mb={Environment.WorkingSet / 1e6:F0} model={encoder?.ModelId ?? "none (keyword search alone)"}");
        output.WriteLine($"embedding_p50_us={BenchTimer.Percentile(embed, 0.50):F1} embedding_p99_us={BenchTimer.Percentile(embed, 0.99):F1} (question embedding alone)");
        output.WriteLine($"lucene_p50_us={BenchTimer.Percentile(plain, 0.50):F1} lucene_p99_us={BenchTimer.Percentile(plain, 0.99):F1} (plain Lucene.Net search alone)");
        var baseP50 = BenchTimer.Percentile(embed, 0.50) + BenchTimer.Percentile(plain, 0.50);
        output.WriteLine($"answer_to_base_p50={BenchTimer.Percentile(whole, 0.50) / baseP50:F2} answer_p99_to_base_p50={BenchTimer.Percentile(whole, 0.99) / baseP50:F2} (whole answer / (embedding + plain Lucene), p50 of both)");
        output.WriteLine($"build_ms={buildMs:F1} p50_us={BenchTimer.Percentile(whole, 0.50):F1} p99_us={BenchTimer.Percentile(whole, 0.99):F1} passages={passages.Count}");
        return 0;
    }

    private static List<Passage> Passages(CliArguments args, List<Passage> seed, TextWriter error)
    {
        if (args.Get("--synthetic") is null)
        {
            return seed;
        }

        var passages = SyntheticCorpus.Generate(seed, args.GetInt("--synthetic", 1));
        if (args.Get("--synthetic-out") is { } dir)
        {
            SyntheticCorpus.Write(passages, dir);
            error.WriteLine($"wrote the synthetic knowledge base to {dir}");
        }

        return passages;
    }

    // Keyword index only; the first build pays for JIT, so the best of the warm ones, as the Lucene baseline does.
    private static double BestBuildMs(List<Passage> passages)
    {
        KeywordIndex.Build(passages, "bench").Dispose();
        var best = double.MaxValue;
        for (var run = 0; run < BuildRuns; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            KeywordIndex.Build(passages, "bench").Dispose();
            best = Math.Min(best, stopwatch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    // The seed passages are embedded (timed: passages a second); a generated copy takes its seed passage's vectors.
    private static KeywordIndex BuildWithVectors(List<Passage> passages, List<Passage> seed, ISentenceEncoder encoder, TextWriter output)
    {
        KeywordIndex.Embed(seed.Take(4).ToList(), encoder); // warm-up
        var stopwatch = Stopwatch.StartNew();
        var seedVectors = KeywordIndex.Embed(seed, encoder);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        output.WriteLine($"embed_passages_per_s={seed.Count / seconds:F0} ({seed.Count} passages, {seedVectors.Sum(v => v.Length)} texts with their sentences, {seconds * 1000:F0} ms, {Environment.ProcessorCount} cores)");
        var vectors = passages.Select((_, i) => seedVectors[i % seed.Count]).ToArray();
        return KeywordIndex.Build(passages, "bench", vectors, encoder.ModelId);
    }
}
