using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace FaqBot.Benchmarks.Benchmarks;

// Latency percentiles next to the mean. BenchmarkDotNet offers P95 and P100 (max) but no P99. Each measurement is
// one iteration, so run with --invocationCount 1 --unrollFactor 1 to get the distribution of single calls.
public sealed class PercentilesConfig : ManualConfig
{
    public PercentilesConfig()
    {
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.P100);
    }
}
