using System.Diagnostics;

namespace FaqBot.Tests.TestSupport;

/// <summary>Runs one of the tests' Node scripts with the npm packages of src/FaqBot.Server/ClientApp (package-lock.json).</summary>
internal static class NodeScript
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] args)
    {
        var startInfo = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        startInfo.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        startInfo.Environment["NODE_PATH"] = Path.Combine(Repo.Root, "src", "FaqBot.Server", "ClientApp", "node_modules");
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output) + (await errors));
    }
}
