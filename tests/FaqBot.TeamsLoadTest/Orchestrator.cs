using System.Diagnostics;
using System.Text.Json;

namespace FaqBot.TeamsLoadTest;

// Runs the whole benchmark on loopback: the channel service (keys, token endpoint, mock Connector) in this
// process; the do-nothing endpoint and then FaqBot (Release build) as separate processes, each driven by the same
// generator in its own process; prints a Markdown section for docs/benchmarks.md on stdout, progress on stderr.
internal static class Orchestrator
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(120);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = OrchestratorOptions.Parse(args);
        var root = FindRepositoryRoot();
        var self = typeof(Orchestrator).Assembly.Location;
        var faqBot = Path.Combine(root, "src", "FaqBot.Server", "bin", "Release", "net10.0", "FaqBot.Server.dll");
        if (!File.Exists(faqBot))
        {
            Console.Error.WriteLine($"{faqBot} not found: run `dotnet build -c Release src/FaqBot.Server` first.");
            return 2;
        }

        using var signer = new ChannelTokenSigner();
        using var tls = LoopbackTls.Create();
        await using var channel = await ChannelServer.StartAsync(signer, options.MaxActivities, tls);
        var token = signer.CreateToken(channel.ServiceUrl, TimeProvider.System.GetUtcNow());

        RunResult bare;
        var bareUrl = $"http://127.0.0.1:{ProcessRunner.FreePort()}";
        using (var server = ProcessRunner.StartDotnet([self, "null-server", "--urls=" + bareUrl], root))
        {
            try
            {
                await ProcessRunner.WaitForAsync(bareUrl + "/healthz", server, StartupTimeout);
                bare = await GenerateAsync(self, root, token, options, bareUrl, server, channel, ActivityBodies.Message, "do-nothing");
            }
            finally
            {
                ProcessRunner.Stop(server);
            }
        }

        RunResult messages, typing;
        double startupMs;
        var faqBotUrl = $"http://127.0.0.1:{ProcessRunner.FreePort()}";
        using (var server = ProcessRunner.StartDotnet([faqBot, .. FaqBotArgs(faqBotUrl, channel)], root, environment: tls.ServerEnvironment))
        {
            try
            {
                var watch = Stopwatch.StartNew();
                await ProcessRunner.WaitForAsync(faqBotUrl + "/readyz", server, StartupTimeout);
                startupMs = watch.Elapsed.TotalMilliseconds;
                messages = await GenerateAsync(self, root, token, options, faqBotUrl, server, channel, ActivityBodies.Message, "FaqBot");
                typing = await GenerateAsync(self, root, token, options, faqBotUrl, server, channel, ActivityBodies.Typing, "FaqBot");
            }
            finally
            {
                ProcessRunner.Stop(server);
            }
        }

        Console.WriteLine(Report.Markdown(options, bare, messages, typing, startupMs, channel.KeyRequests, channel.TokenRequests));
        return messages.Replies?.EveryActivityAnsweredOnce == true ? 0 : 1;
    }

    private static string[] FaqBotArgs(string url, ChannelServer channel) =>
    [
        "--urls=" + url,
        "--MicrosoftAppId=" + BenchIdentity.AppId,
        "--MicrosoftAppPassword=" + BenchIdentity.AppPassword,
        "--MicrosoftAppTenantId=" + BenchIdentity.AppTenantId,
        "--MicrosoftAppType=SingleTenant",
        "--BotFramework:OpenIdMetadataUrl=" + channel.MetadataUrl,
        "--BotFramework:OAuthAuthority=" + channel.SecureBaseUrl,
        "--RateLimiting:Enabled=false",
        "--Index:Path=",
        "--DirectLine:TokenSigningKey=" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        // Per-activity Information logs would measure the console, not the endpoint; warnings (rejections,
        // Connector give-ups) still show.
        "--Logging:LogLevel:Default=Warning",
    ];

    private static async Task<RunResult> GenerateAsync(string self, string root, string token, OrchestratorOptions options,
        string url, Process server, ChannelServer channel, string kind, string endpoint)
    {
        channel.Replies.Reset();
        var loadAverage = ProcessRunner.LoadAverage();
        var settings = new GeneratorSettings(url, channel.ServiceUrl, kind, options.Concurrency, options.WarmupSeconds,
            options.Seconds, options.Conversations, options.MaxActivities);
        using var process = ProcessRunner.StartDotnet([self, "generate", .. settings.ToArgs()], root, redirect: true,
            new Dictionary<string, string> { [BenchIdentity.TokenEnvironmentVariable] = token });
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(options.WarmupSeconds + options.Seconds + 60));
        long startAnswers = 0, endAnswers = 0, startTicks = 0, endTicks = 0;
        CpuTimes startCpu = default, endCpu = default;
        string? resultLine = null;
        try
        {
            while (await process.StandardOutput.ReadLineAsync(bound.Token) is { } line)
            {
                switch (line)
                {
                    case "WINDOW-START":
                        (startAnswers, startTicks, startCpu) = (channel.Replies.AnswersTotal, Stopwatch.GetTimestamp(), CpuTimes.Read(server, process));
                        break;
                    case "WINDOW-END":
                        (endAnswers, endTicks, endCpu) = (channel.Replies.AnswersTotal, Stopwatch.GetTimestamp(), CpuTimes.Read(server, process));
                        break;
                    default:
                        resultLine = line.StartsWith('{') ? line : resultLine;
                        break;
                }
            }

            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            ProcessRunner.Stop(process);
            throw new TimeoutException($"The generator against {url} ran past its time bound and was stopped.");
        }

        var load = JsonSerializer.Deserialize<GeneratorResult>(
            resultLine ?? throw new InvalidOperationException($"The generator against {url} printed no result."), JsonSerializerOptions.Web)!;
        Console.Error.WriteLine($"{endpoint} {kind}: {resultLine}");
        var elapsed = Stopwatch.GetElapsedTime(startTicks, endTicks);
        var cpu = endCpu.Minus(startCpu, elapsed, load.Accepted);
        if (endpoint != "FaqBot")
        {
            return new RunResult(endpoint, load, null, null, loadAverage, cpu);
        }

        // The server answers 200 only after the turn sent its replies, so nothing is still on its way here.
        var answersPerSecond = endTicks > startTicks ? (endAnswers - startAnswers) / elapsed.TotalSeconds : double.NaN;
        return new RunResult(endpoint, load, answersPerSecond, channel.Replies.Tally(load), loadAverage, cpu);
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FaqBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FaqBot.sln not found");
    }
}
