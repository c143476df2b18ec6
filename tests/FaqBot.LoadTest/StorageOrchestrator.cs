using System.Globalization;
using System.Text;

namespace FaqBot.LoadTest;

// The storage benchmark of issue 5: the same closed-loop generator against FaqBot on Memory, on the embedded SQLite
// store, and (given a connection string) on two replicas sharing PostgreSQL, each conversation posting to one
// replica and streaming from the other. Prints a Markdown section for docs/benchmarks.md.
internal static class StorageOrchestrator
{
    private const int PortA = 5921;
    private const int PortB = 5922;

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var postgres = args.Length > 2 ? args[2] : null;
        var root = Orchestrator.FindRepositoryRoot();
        var self = typeof(StorageOrchestrator).Assembly.Location;
        var rows = new List<(string Name, LoadResult Throughput, LoadResult Latency)>();

        rows.Add(await MeasureAsync("Memory", root, self, conversations, seconds, [["--Storage:Provider=Memory"]]));
        var folder = Directory.CreateTempSubdirectory("faqbot-bench-").FullName;
        try
        {
            rows.Add(await MeasureAsync("SQLite (embedded default)", root, self, conversations, seconds,
                [["--Storage:Provider=Sqlite", "--Storage:DataFolder=" + folder]]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        if (postgres is not null)
        {
            string[] pg = ["--Storage:PostgreSql=" + postgres];
            rows.Add(await MeasureAsync("PostgreSQL, 2 replicas", root, self, conversations, seconds, [pg, pg]));
        }

        Console.WriteLine(Markdown(rows, conversations));
        return 0;
    }

    private static async Task<(string, LoadResult, LoadResult)> MeasureAsync(string name, string root, string self, int conversations, int seconds,
        string[][] replicas)
    {
        var urls = new List<string>();
        var processes = new List<System.Diagnostics.Process>();
        var key = Orchestrator.NewSigningKey();
        try
        {
            for (var i = 0; i < replicas.Length; i++)
            {
                var url = $"http://127.0.0.1:{(i == 0 ? PortA : PortB)}/";
                urls.Add(url);
                processes.Add(Orchestrator.Start([.. Orchestrator.FaqBotArgs(root, url, key), .. replicas[i]], root));
            }

            foreach (var url in urls)
            {
                await Orchestrator.WaitForAsync(url + "readyz");
            }

            var target = string.Join(',', urls);
            var throughput = await Orchestrator.GenerateAsync(self, "generate", target, conversations, seconds);
            var latency = await Orchestrator.GenerateAsync(self, "latency", target, 2000);
            return (name, throughput, latency);
        }
        finally
        {
            processes.ForEach(Orchestrator.Stop);
        }
    }

    private static string Markdown(List<(string Name, LoadResult Throughput, LoadResult Latency)> rows, int conversations)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"`dotnet run -c Release --project tests/FaqBot.LoadTest -- storage {conversations} SECONDS [POSTGRES]`, {Environment.ProcessorCount} cores, loopback.\n\n");
        sb.Append("| storage | msg/s at ").Append(conversations).Append(" conv. | p50 ms | p99 ms | 1 conv. p50 ms | 1 conv. p99 ms | lost | duplicated | reordered |\n");
        sb.Append("|---|---|---|---|---|---|---|---|---|\n");
        foreach (var (name, t, l) in rows)
        {
            sb.Append(c, $"| {name} | {t.MessagesPerSecond:F0} | {t.P50Ms:F2} | {t.P99Ms:F2} | {l.P50Ms:F2} | {l.P99Ms:F2} | {t.Lost + l.Lost} | {t.Duplicated + l.Duplicated} | {t.Reordered + l.Reordered} |\n");
        }

        if (rows.Count > 1)
        {
            sb.Append(c, $"\n- SQLite / Memory throughput: **{rows[1].Throughput.MessagesPerSecond / rows[0].Throughput.MessagesPerSecond:P0}** (target ≥ 80 %); single-conversation p99 added: {rows[1].Latency.P99Ms - rows[0].Latency.P99Ms:F2} ms (target ≤ 1 ms).\n");
        }

        if (rows.Count > 2)
        {
            sb.Append(c, $"- PostgreSQL (2 replicas) / SQLite throughput: **{rows[2].Throughput.MessagesPerSecond / rows[1].Throughput.MessagesPerSecond:P0}** (target ≥ 50 %); single-conversation p99 {rows[2].Latency.P99Ms:F2} ms (target ≤ 10 ms).\n");
        }

        return sb.ToString();
    }
}
