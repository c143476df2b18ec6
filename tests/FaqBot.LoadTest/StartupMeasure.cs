using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FaqBot.LoadTest;

// Start-up to /readyz, measured the way docs/benchmarks.md states the target: the Release server from the repository
// root with Storage:Provider=Memory, the index and vectors already on disk (one unmeasured run first makes sure they
// are), timed from process launch to the first 200 from /readyz. Each run prints its time, the logged steps, the RSS at
// ready and once the follow-up check has finished, and the load average (the machine is shared: quote it with the time).
internal static partial class StartupMeasure
{
    private const string Url = "http://127.0.0.1:39781";

    // startup [RUNS] [--Key=Value ...]: extra settings go to the server.
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 5;
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var root = Orchestrator.FindRepositoryRoot();
        var dll = Path.Combine(root, "src", "FaqBot.Server", "bin", "Release", "net10.0", "FaqBot.Server.dll");
        if (!File.Exists(dll))
        {
            await Console.Error.WriteLineAsync($"{dll} is missing: run 'dotnet build -c Release src/FaqBot.Server' first.");
            return 2;
        }

        string[] serverArgs = [dll, "--urls", Url, "--Storage:Provider=Memory", "--Logging:Console:TimestampFormat=HH:mm:ss.fff ", .. settings];
        await Console.Error.WriteLineAsync("unmeasured first run (builds the index if it is not on disk yet)");
        await MeasureOnceAsync(serverArgs, root);
        var ready = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await MeasureOnceAsync(serverArgs, root);
            ready.Add(result.ReadyMs);
            Console.WriteLine($"run={run} {result}");
        }

        ready.Sort();
        Console.WriteLine($"runs={runs} ready_ms_median={ready[ready.Count / 2]:F0} ready_ms_min={ready[0]:F0} ready_ms_max={ready[^1]:F0}");
        return 0;
    }

    private static async Task<StartupRun> MeasureOnceAsync(string[] serverArgs, string root)
    {
        var log = new List<string>();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in serverArgs)
        {
            info.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Orchestrator.WaitForAsync(Url + "/readyz").WaitAsync(TimeSpan.FromMinutes(3));
            var readyMs = watch.Elapsed.TotalMilliseconds;
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var rssReady = RssMb(process.Id);
            var deadline = Stopwatch.StartNew();
            while (Step(log, 6) is null && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(50);
            }

            return new StartupRun(readyMs, Step(log, 3), Step(log, 4), Step(log, 6), SequenceMs(log), rssReady, RssMb(process.Id), load);
        }
        catch (TimeoutException)
        {
            lock (log)
            {
                throw new InvalidOperationException("the server was not ready within 3 minutes:\n" + string.Join("\n", log));
            }
        }
        finally
        {
            Orchestrator.Stop(process);
        }
    }

    private static double RssMb(int pid) => double.Parse(File.ReadLines($"/proc/{pid}/status")
        .First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;

    // "Start-up 4/6 index and vectors: 59 passages, from the saved index (812 ms)" → 812
    private static long? Step(List<string> log, int number)
    {
        lock (log)
        {
            var line = log.FirstOrDefault(l => l.Contains($"Start-up {number}/", StringComparison.Ordinal));
            return line is not null && StepTime().Match(line) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
    }

    private static long? SequenceMs(List<string> log)
    {
        lock (log)
        {
            return log.Select(l => ReadyAfter().Match(l)).FirstOrDefault(m => m.Success) is { } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
    }

    [GeneratedRegex(@"\((\d+) ms\)$")]
    private static partial Regex StepTime();

    [GeneratedRegex(@"reports ready (\d+) ms after start-up began")]
    private static partial Regex ReadyAfter();

    private sealed record StartupRun(double ReadyMs, long? ModelMs, long? IndexMs, long? FollowUpsMs, long? SequenceMs, double RssReadyMb, double RssAfterMb, string Load)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"ready_ms={ReadyMs:F0} sequence_ms={SequenceMs} model_ms={ModelMs} index_ms={IndexMs} followups_after_ready_ms={FollowUpsMs} " +
            $"rss_ready_mb={RssReadyMb:F0} rss_after_followups_mb={RssAfterMb:F0} load1={Load}");
    }
}
