using System.Diagnostics;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Embeddings;

namespace FaqBot.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/FaqBot.Benchmarks -- embedding-rss [MiniLM|ArcticXs]</c>: the resident
/// memory of this process before and after loading a model and after encoding the seed passages, with wall-clock and
/// CPU times (CPU time per passage does not depend on what else the machine runs).
/// </summary>
internal static class EmbeddingMemoryProbe
{
    private const string Question = "How long does a ketamine session last?";

    public static string[] SeedPassages() =>
        [.. new KnowledgeBaseLoader(new KnowledgeBaseOptions()).Load(RepositoryPaths.KnowledgeBase).AllPassages.Select(p => p.Text)];

    public static int Run(string[] args)
    {
        var model = args.Length > 0 ? Enum.Parse<EmbeddingModel>(args[0], ignoreCase: true) : EmbeddingModel.MiniLM;
        var passages = SeedPassages();
        GC.Collect();
        var baseline = ResidentMegabytes();

        var clock = Stopwatch.StartNew();
        using var encoder = new OnnxSentenceEncoder(new EmbeddingsOptions { Model = model });
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var loaded = ResidentMegabytes();

        encoder.EncodeQuery(Question);
        var questionMs = new List<double>();
        var cpu = CpuMilliseconds();
        for (var i = 0; i < 200; i++)
        {
            clock.Restart();
            encoder.EncodeQuery(Question);
            questionMs.Add(clock.Elapsed.TotalMilliseconds);
        }

        var questionCpuMs = (CpuMilliseconds() - cpu) / 200;
        questionMs.Sort();

        encoder.EncodePassages(passages);
        var runMs = new List<double>();
        cpu = CpuMilliseconds();
        for (var i = 0; i < 10; i++)
        {
            clock.Restart();
            encoder.EncodePassages(passages);
            runMs.Add(clock.Elapsed.TotalMilliseconds);
        }

        var passageCpuMs = (CpuMilliseconds() - cpu) / 10 / passages.Length;
        runMs.Sort();

        Console.WriteLine($"model={model} load_ms={loadMs:F0} rss_mb: baseline={baseline:F0} loaded={loaded:F0} " +
            $"after_passages={ResidentMegabytes():F0} peak={PeakMegabytes():F0}");
        Console.WriteLine($"question_ms: p50={questionMs[100]:F2} p99={questionMs[197]:F2} cpu={questionCpuMs:F2}");
        Console.WriteLine($"passages={passages.Length} run_ms: best={runMs[0]:F0} median={runMs[5]:F0} " +
            $"passages_per_s: best={passages.Length / runMs[0] * 1000:F0} median={passages.Length / runMs[5] * 1000:F0} " +
            $"cpu_ms_per_passage={passageCpuMs:F2} (= {1000 / passageCpuMs * Environment.ProcessorCount:F0}/s on " +
            $"{Environment.ProcessorCount} idle cores)");
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static double CpuMilliseconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static double ResidentMegabytes() => Environment.WorkingSet / 1e6;

    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024 * 1.048576;
    }
}
