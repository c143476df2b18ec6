using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Server.Storage;

// The real server as a separate process (the built FaqBot.Server.dll), so a test can kill -9 it or run two replicas.
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
        Client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseUri { get; }

    public HttpClient Client { get; }

    public DirectLineTestClient DirectLine => new(Client);

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    // Starts the server on a free loopback port with the repository's appsettings.json plus settings ("Key=Value")
    // and waits until /readyz says ready.
    public static async Task<ServerProcess> StartAsync(IEnumerable<string> settings, int? port = null)
    {
        var url = $"http://127.0.0.1:{port ?? FreePort()}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        string[] args =
        [
            ServerDll(), $"--urls={url}", $"--contentRoot={Repo.Root}", "--Index:Path=",
            "--Logging:LogLevel:Default=Warning", "--RateLimiting:Enabled=false",
            .. settings.Select(s => "--" + s),
        ];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var server = new ServerProcess(Process.Start(info)!, new Uri(url + "/"));
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    // SIGKILL: no shutdown code runs, as in a crash or an OOM kill.
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            // SIGTERM: a graceful stop (flushes the event buffer), as systemd or Kubernetes would.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    // Runs the same server as the test assembly's build configuration (Debug or Release).
    public static string ServerDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        var dll = Path.Combine(Repo.Root, "src", "FaqBot.Server", "bin", configuration, testBin.Name, "FaqBot.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the server first", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync("readyz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The server was not ready within {timeout}:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
