using System.Diagnostics;
using System.Text.Json;
using FaqBot.Core.Analysis;
using FaqBot.Core.Answering;
using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot bench --questions FILE [--repeat N] [--synthetic SCALE] [--synthetic-out DIR]</c>: builds the index in
/// memory, then times, per question and after a warm-up: the whole uncached answer path (triage, retrieval,
/// rescoring, quotes, follow-ups), and plain Lucene.Net search alone over the same index (QueryBuilder over the body,
/// top 10), so the cost of our layer shows. Ends with the contract line <c>build_ms=… p50_us=… p99_us=… passages=…</c>,
/// whose percentiles are the whole answer path.
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
        var questionsPath = args.Get("--questions") ?? throw new CliException("bench needs --questions FILE (JSON lines with \"q\", or one question per line)", 2);
        var questions = ReadQuestions(questionsPath);
        var repeat = args.GetInt("--repeat", 20);
        var settings = CliSettings.Load(args);
        if (!Directory.Exists(settings.KnowledgeBasePath))
        {
            throw new KnowledgeBaseNotFoundException(settings.KnowledgeBasePath);
        }

        var passages = Passages(args, settings, error);
        var textBytes = passages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Text));

        // The first build pays for JIT; report the best of the warm ones, as the Lucene baseline does.
        var buildMs = double.MaxValue;
        for (var run = 0; run < BuildRuns; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            KeywordIndex.Build(passages, "bench").Dispose();
            buildMs = Math.Min(buildMs, stopwatch.Elapsed.TotalMilliseconds);
        }

        using var engine = FaqEngine.OverIndex(settings, KeywordIndex.Build(passages, "bench"));
        var plainQuery = new QueryBuilder(engine.Searcher.QueryAnalyzer);
        var lucene = engine.Searcher.Index.Searcher;
        var plain = Measure(questions, repeat, q => lucene.Search(plainQuery.CreateBooleanQuery("body", q) ?? new BooleanQuery(), 10));
        var whole = Measure(questions, repeat, q => engine.AskUncached(q));
        var indexBytes = engine.Searcher.Index.SizeInBytes();
        output.WriteLine($"text_mb={textBytes / 1e6:F2} build_mb_per_s={textBytes / 1e6 / (buildMs / 1000):F1} index_mb={indexBytes / 1e6:F1} index_to_text={(double)indexBytes / textBytes:F2} terms={engine.Searcher.Index.TermCount} questions={questions.Count} searches={whole.Count}");
        output.WriteLine($"lucene_p50_us={Percentile(plain, 0.50):F1} lucene_p99_us={Percentile(plain, 0.99):F1} (plain Lucene.Net search alone)");
        output.WriteLine($"build_ms={buildMs:F1} p50_us={Percentile(whole, 0.50):F1} p99_us={Percentile(whole, 0.99):F1} passages={passages.Count}");
        return 0;
    }

    private static List<Passage> Passages(CliArguments args, Core.Answering.FaqEngineSettings settings, TextWriter error)
    {
        var content = new KnowledgeBaseLoader(settings.KnowledgeBase).Load(settings.KnowledgeBasePath);
        List<Passage> passages = [.. content.AllPassages];
        if (args.Get("--synthetic") is not null)
        {
            passages = SyntheticCorpus.Generate(passages, args.GetInt("--synthetic", 1));
            if (args.Get("--synthetic-out") is { } dir)
            {
                SyntheticCorpus.Write(passages, dir);
                error.WriteLine($"wrote the synthetic knowledge base to {dir}");
            }
        }

        return passages;
    }

    // Sorted timings in microseconds, after a warm-up long enough for tiered compilation to reach optimised code.
    private static List<double> Measure<T>(List<string> questions, int repeat, Func<string, T> action)
    {
        var warmUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < warmUntil)
        {
            foreach (var q in questions)
            {
                action(q);
            }
        }

        var timings = new List<double>(questions.Count * repeat);
        for (var r = 0; r < repeat; r++)
        {
            foreach (var q in questions)
            {
                var start = Stopwatch.GetTimestamp();
                action(q);
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        timings.Sort();
        return timings;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static List<string> ReadQuestions(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"questions file not found: {path}", 2);
        }

        var questions = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('{'))
            {
                try
                {
                    using var doc = JsonDocument.Parse(trimmed);
                    if (doc.RootElement.TryGetProperty("q", out var q) && q.ValueKind == JsonValueKind.String)
                    {
                        questions.Add(q.GetString()!);
                    }

                    continue;
                }
                catch (JsonException)
                {
                    // not JSON after all: take the line as a question
                }
            }

            questions.Add(trimmed);
        }

        return questions.Count > 0 ? questions : throw new CliException($"no questions in {path}", 2);
    }
}
