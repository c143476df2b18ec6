using System.Diagnostics.Metrics;

namespace FaqBot.Storage;

/// <summary>The storage layer's instruments (meter <c>FaqBot.Storage</c>); the host decides whether anything listens.</summary>
public static class StorageMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "FaqBot.Storage";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Writes committed together by one SQLite COMMIT (group commit).</summary>
    public static readonly Histogram<int> GroupCommitSize = Meter.CreateHistogram<int>(
        "faqbot.storage.group_commit.size", "{write}", "Writes committed together by one SQLite COMMIT",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });
}
