using System.Diagnostics;
using System.Text.Json;

namespace FaqBot.LoadTest;

// The load generator process: prints one JSON line (LoadResult) on stdout.
internal static class LoadGenerator
{
    // baseUrls: one URL, or several replicas separated by commas: conversation i posts to replica i and streams
    // from replica i + 1, so every reply crosses replicas.
    public static async Task<int> ThroughputAsync(string baseUrls, int conversations, int seconds)
    {
        using var http = CreateClient();
        var drivers = new List<ConversationDriver>();
        for (var i = 0; i < conversations; i++)
        {
            var driver = Driver(http, baseUrls, i);
            await driver.StartAsync();
            drivers.Add(driver);
        }

        // Warm up, then count completed round trips over the measured window.
        await RunAllAsync(drivers, TimeSpan.FromSeconds(2), []);
        var latencies = new List<long>();
        var watch = Stopwatch.StartNew();
        await RunAllAsync(drivers, TimeSpan.FromSeconds(seconds), latencies);
        var elapsed = watch.Elapsed.TotalSeconds;
        Print(new LoadResult("throughput", conversations, latencies.Count, elapsed, latencies.Count / elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            drivers.Sum(d => d.Lost), drivers.Sum(d => d.Duplicated), drivers.Sum(d => d.Reordered)));
        foreach (var driver in drivers)
        {
            await driver.DisposeAsync();
        }

        return 0;
    }

    public static async Task<int> LatencyAsync(string baseUrls, int messages)
    {
        using var http = CreateClient();
        await using var driver = Driver(http, baseUrls, 0);
        await driver.StartAsync();
        for (var i = 0; i < 200; i++)
        {
            await driver.SendAndWaitAsync();
        }

        var latencies = new List<long>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < messages; i++)
        {
            var ticks = await driver.SendAndWaitAsync();
            if (ticks >= 0)
            {
                latencies.Add(ticks);
            }
        }

        var elapsed = watch.Elapsed.TotalSeconds;
        Print(new LoadResult("latency", 1, latencies.Count, elapsed, latencies.Count / elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), driver.Lost, driver.Duplicated, driver.Reordered));
        return 0;
    }

    // Opens COUNT conversations with their streams, says READY, and holds them until stdin closes.
    public static async Task<int> IdleAsync(string baseUrl, int count)
    {
        using var http = CreateClient();
        var drivers = new List<ConversationDriver>();
        for (var i = 0; i < count; i++)
        {
            var driver = new ConversationDriver(http, baseUrl);
            await driver.StartAsync();
            drivers.Add(driver);
        }

        Console.WriteLine("READY");
        await Console.In.ReadToEndAsync();
        foreach (var driver in drivers)
        {
            await driver.DisposeAsync();
        }

        return 0;
    }

    private static async Task RunAllAsync(List<ConversationDriver> drivers, TimeSpan duration, List<long> latencies)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(drivers.Select(async driver =>
        {
            var mine = new List<long>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var ticks = await driver.SendAndWaitAsync();
                if (ticks >= 0)
                {
                    mine.Add(ticks);
                }
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        }));
    }

    private static ConversationDriver Driver(HttpClient http, string baseUrls, int index)
    {
        var urls = baseUrls.Split(',');
        return urls.Length == 1
            ? new ConversationDriver(http, urls[0])
            : new ConversationDriver(http, urls[index % urls.Length], urls[(index + 1) % urls.Length]);
    }

    private static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1000,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    });

    private static double Percentile(List<long> ticks, double p)
    {
        if (ticks.Count == 0)
        {
            return double.NaN;
        }

        var sorted = ticks.Order().ToList();
        var index = Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1);
        return sorted[Math.Max(0, index)] * 1000.0 / Stopwatch.Frequency;
    }

    private static void Print(LoadResult result) =>
        Console.WriteLine(JsonSerializer.Serialize(result, JsonSerializerOptions.Web));
}
