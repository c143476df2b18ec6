using BenchmarkDotNet.Attributes;
using FaqBot.Schema.Events;
using FaqBot.Reports;
using FaqBot.Storage;
using FaqBot.Storage.Events;
using FaqBot.Synthetic;

namespace FaqBot.Benchmarks;

/// <summary>
/// <c>faqbot stats --days 90</c> over a SQLite event log of one million synthetic events (target ≤ 2 s), and the
/// grouping of 200,000 distinct unanswered wordings on its own.
/// </summary>
[MemoryDiagnoser]
public class StatsBenchmarks
{
    private const int Days = 90;
    private const int DistinctWordings = 200_000;

    private readonly DateTimeOffset _until = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private string _folder = "";
    private StorageOptions _options = new();
    private List<QuestionCount> _wordings = [];

    [Params(1_000_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("faqbot-stats-benchmark-").FullName;
        _options = new StorageOptions { Provider = "Sqlite", DataFolder = _folder };
        var storage = FaqBotStorageFactory.OpenAsync(_options, _folder, StorageRole.Server, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            new SyntheticEventLog().WriteAsync(storage.Events, Events, _until, Days, CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            storage.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        var random = new Random(3);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (counts.Count < DistinctWordings)
        {
            var question = SyntheticEventLog.UnansweredQuestion(random);
            counts[question] = counts.GetValueOrDefault(question) + 1;
        }

        _wordings = [.. counts.Select(c => new QuestionCount(c.Key, c.Value))];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>What the command does: open the database as a tool, read 90 days of statistics, build the report.</summary>
    [Benchmark]
    public async Task<int> StatsOverNinetyDays()
    {
        await using var storage = await FaqBotStorageFactory.OpenAsync(_options, _folder, StorageRole.Tool, CancellationToken.None);
        var statistics = await storage.Events.GetStatisticsAsync(_until.AddDays(-Days), _until, CancellationToken.None);
        return StatsReport.Create(statistics, _until, TimeSpan.FromDays(Days)).Unanswered.Count;
    }

    /// <summary>The review list alone: 200,000 distinct wordings grouped.</summary>
    [Benchmark]
    public int GroupDistinctWordings() => QuestionGrouper.Group(_wordings).Count;
}
