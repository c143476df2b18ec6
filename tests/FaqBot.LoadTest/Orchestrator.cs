using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace FaqBot.LoadTest;

// Runs the whole benchmark: the do-nothing server and FaqBot (Release build, rate limits off), each driven by the
// same generator in a separate process; prints a Markdown section for docs/benchmarks.md.
internal static class Orchestrator
{
    private const string NullUrl = "http://127.0.0.1:5911/";
    private const string FaqBotUrl = "http://127.0.0.1:5912/";

    public static async Task<int> RunAsync(string[] args)
    {
        var conversations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var root = FindRepositoryRoot();
        var self = typeof(Orchestrator).Assembly.Location;
        string[] faqBotArgs = FaqBotArgs(root, FaqBotUrl, NewSigningKey());

        LoadResult nullThroughput, nullLatency, faqThroughput, faqLatency;
        using (var server = Start([self, "null-server", "--urls=" + NullUrl.TrimEnd('/')], root))
        {
            await WaitForAsync(NullUrl + "healthz");
            nullThroughput = await GenerateAsync(self, "generate", NullUrl, conversations, seconds);
            nullLatency = await GenerateAsync(self, "latency", NullUrl, 2000);
            Stop(server);
        }

        double startupMs, rssMb;
        using (var server = Start(faqBotArgs, root))
        {
            var watch = Stopwatch.StartNew();
            await WaitForAsync(FaqBotUrl + "readyz");
            startupMs = watch.Elapsed.TotalMilliseconds;
            rssMb = await IdleMemoryAsync(self, server.Id, 1000);
            Stop(server);
        }

        using (var server = Start(faqBotArgs, root))
        {
            await WaitForAsync(FaqBotUrl + "readyz");
            faqThroughput = await GenerateAsync(self, "generate", FaqBotUrl, conversations, seconds);
            faqLatency = await GenerateAsync(self, "latency", FaqBotUrl, 2000);
            Stop(server);
        }

        Console.WriteLine(Report.Markdown(nullThroughput, nullLatency, faqThroughput, faqLatency, startupMs, rssMb));
        return 0;
    }

    // The Release server with rate limits off (one client makes all the traffic) and quiet logs.
    internal static string[] FaqBotArgs(string root, string url, string signingKey) =>
    [
        Path.Combine(root, "src", "FaqBot.Server", "bin", "Release", "net10.0", "FaqBot.Server.dll"), "--urls=" + url.TrimEnd('/'),
        "--RateLimiting:Enabled=false", "--DirectLine:MaxConversations=100000", "--Logging:LogLevel:Default=Error",
        "--DirectLine:TokenSigningKey=" + signingKey,
    ];

    internal static string NewSigningKey() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    internal static async Task<LoadResult> GenerateAsync(string self, string mode, string url, params int[] numbers)
    {
        using var process = Start([self, mode, url, .. numbers.Select(n => n.ToString(CultureInfo.InvariantCulture))], null, redirect: true);
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        Console.Error.WriteLine($"{url} {mode}: {line}");
        return JsonSerializer.Deserialize<LoadResult>(line, JsonSerializerOptions.Web)!;
    }

    private static async Task<double> IdleMemoryAsync(string self, int serverPid, int count)
    {
        using var process = Start([self, "idle", FaqBotUrl, count.ToString(CultureInfo.InvariantCulture)], null, redirect: true);
        while (await process.StandardOutput.ReadLineAsync() is { } line && line != "READY")
        {
        }

        await Task.Delay(2000);
        var rssKb = File.ReadLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return double.Parse(rssKb, CultureInfo.InvariantCulture) / 1024.0;
    }

    internal static Process Start(string[] args, string? workingDirectory, bool redirect = false)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = redirect,
            RedirectStandardInput = redirect,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    internal static void Stop(Process process)
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    internal static async Task WaitForAsync(string url)
    {
        using var http = new HttpClient();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(10);
        }
    }

    internal static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FaqBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FaqBot.sln not found");
    }
}
