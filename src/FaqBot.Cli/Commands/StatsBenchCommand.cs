using System.Diagnostics;
using FaqBot.Reports;
using FaqBot.Storage;
using FaqBot.Storage.Events;
using FaqBot.Synthetic;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot bench --stats-events N [--stats-days D]</c>: writes N synthetic events over D days (default 90) into a
/// temporary SQLite database, then times what <c>faqbot stats --days D</c> does: the statistics query and the report
/// (grouping the unanswered questions). Ends with <c>events=… generate_ms=… stats_ms=…</c>.
/// </summary>
internal static class StatsBenchCommand
{
    private const int DefaultDays = 90;
    private const int Runs = 3;

    public static int Run(CliArguments args, TextWriter output, TextWriter error)
    {
        args.AllowOnly("--stats-events", "--stats-days");
        var count = args.GetInt("--stats-events", 1);
        var days = args.GetInt("--stats-days", DefaultDays);
        if (days > StatsReport.MaxDays)
        {
            throw new CliException($"--stats-days must be from 1 to {StatsReport.MaxDays}, not {days}", 2);
        }

        var folder = Directory.CreateTempSubdirectory("faqbot-stats-bench-").FullName;
        try
        {
            RunAsync(count, days, folder, output, error).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunAsync(int count, int days, string folder, TextWriter output, TextWriter error)
    {
        var options = new StorageOptions { Provider = "Sqlite", DataFolder = folder };
        var until = TimeProvider.System.GetUtcNow();
        var period = TimeSpan.FromDays(days);
        long written;
        double generateMs;
        await using (var storage = await FaqBotStorageFactory.OpenAsync(options, folder, StorageRole.Server, CancellationToken.None))
        {
            var stopwatch = Stopwatch.StartNew();
            written = await new SyntheticEventLog().WriteAsync(storage.Events, count, until, days, CancellationToken.None);
            generateMs = stopwatch.Elapsed.TotalMilliseconds;
        }

        // Timed as the command runs it: a tool opening the database beside the server; the first run pays for JIT and a cold cache.
        var statsMs = double.MaxValue;
        var firstMs = 0.0;
        var queryMs = 0.0;
        var reportMs = 0.0;
        StatsReport? report = null;
        for (var run = 0; run < Runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            double queried, reported;
            await using (var storage = await FaqBotStorageFactory.OpenAsync(options, folder, StorageRole.Tool, CancellationToken.None))
            {
                var statistics = await storage.Events.GetStatisticsAsync(until - period, until, CancellationToken.None);
                queried = stopwatch.Elapsed.TotalMilliseconds;
                report = StatsReport.Create(statistics, until, period);
                reported = stopwatch.Elapsed.TotalMilliseconds - queried;
            }

            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            firstMs = run == 0 ? elapsed : firstMs;
            if (elapsed < statsMs)
            {
                (statsMs, queryMs, reportMs) = (elapsed, queried, reported);
            }
        }

        error.WriteLine($"stats over {days} days: first run {firstMs:F0} ms (cold), best of {Runs}");
        output.WriteLine($"rows={written} questions={report!.Questions} unanswered_groups={report.Unanswered.Count} query_ms={queryMs:F0} report_ms={reportMs:F0} db_mb={new FileInfo(FaqBotStorageFactory.SqlitePath(options, folder)).Length / 1e6:F1}");
        output.WriteLine($"events={count} generate_ms={generateMs:F0} stats_ms={statsMs:F0}");
    }
}
