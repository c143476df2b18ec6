using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace FaqBot.TeamsLoadTest;

// The load generator process: CONCURRENCY workers each keep one POST /api/messages in flight (closed loop) with
// the pre-signed channel token, for WARMUP + SECONDS, at most MAX activities. Prints WINDOW-START and WINDOW-END
// when the measured window opens and closes (the orchestrator snapshots the mock Connector then), then one JSON
// line (GeneratorResult).
internal static class TeamsLoadGenerator
{
    private const int MaxListedFailures = 10_000;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(GeneratorSettings settings)
    {
        var token = Environment.GetEnvironmentVariable(BenchIdentity.TokenEnvironmentVariable)
            ?? throw new InvalidOperationException(BenchIdentity.TokenEnvironmentVariable + " is not set.");
        var authorization = new AuthenticationHeaderValue("Bearer", token);
        var bodies = new ActivityBodies(settings.Kind, settings.ServiceUrl, settings.Conversations);
        var target = new Uri(settings.Url.TrimEnd('/') + "/api/messages");
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        })
        { Timeout = RequestTimeout };

        var started = Stopwatch.GetTimestamp();
        var window = new Window(
            started + settings.WarmupSeconds * Stopwatch.Frequency,
            started + (settings.WarmupSeconds + settings.Seconds) * Stopwatch.Frequency);
        var next = -1L;
        var workers = Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(async () =>
        {
            var tally = new WorkerTally();
            while (Stopwatch.GetTimestamp() < window.End)
            {
                var number = Interlocked.Increment(ref next);
                if (number >= settings.MaxActivities)
                {
                    break;
                }

                var sent = Stopwatch.GetTimestamp();
                var status = await PostAsync(http, target, authorization, bodies.Create(number, TimeProvider.System.GetUtcNow()));
                tally.Add((int)number, status, sent, Stopwatch.GetTimestamp(), window);
            }

            return tally;
        })).ToList();

        await AnnounceWindowAsync(window);
        var tallies = await Task.WhenAll(workers);
        Print(Summarize(settings, tallies, Math.Min(Interlocked.Read(ref next) + 1, settings.MaxActivities)));
        return 0;
    }

    private static async Task<int> PostAsync(HttpClient http, Uri target, AuthenticationHeaderValue authorization, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Authorization = authorization;
        try
        {
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    private static async Task AnnounceWindowAsync(Window window)
    {
        await Task.Delay(Until(window.Start));
        Console.WriteLine("WINDOW-START");
        await Task.Delay(Until(window.End));
        Console.WriteLine("WINDOW-END");
    }

    // Zero when the moment has passed (a stalled process), since Task.Delay refuses negative times.
    private static TimeSpan Until(long timestamp)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static GeneratorResult Summarize(GeneratorSettings settings, WorkerTally[] tallies, long issued)
    {
        var latencies = tallies.SelectMany(t => t.Latencies).Order().ToArray();
        var failures = new Dictionary<string, long>();
        foreach (var (status, count) in tallies.SelectMany(t => t.Failures))
        {
            var key = status == 0 ? "error" : status.ToString(CultureInfo.InvariantCulture);
            failures[key] = failures.GetValueOrDefault(key) + count;
        }

        var accepted = latencies.LongLength;
        return new GeneratorResult(
            settings.Kind, settings.Concurrency, settings.Conversations, settings.Seconds, accepted, accepted / (double)settings.Seconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Length == 0 ? double.NaN : Milliseconds(latencies[^1]),
            tallies.Sum(t => t.FailedInWindow), issued, tallies.Sum(t => t.AcceptedTotal), tallies.Sum(t => t.NotAcceptedTotal),
            failures, [.. tallies.SelectMany(t => t.NotAccepted).Order().Take(MaxListedFailures)]);
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : Milliseconds(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static void Print(GeneratorResult result) =>
        Console.WriteLine(JsonSerializer.Serialize(result, JsonSerializerOptions.Web));
}
