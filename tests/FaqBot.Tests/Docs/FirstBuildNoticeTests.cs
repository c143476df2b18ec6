using System.Diagnostics;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Docs;

// Issue 13 point 8: the first build says what it is installing from npm and why before npm runs, instead of showing
// only "Building..." for minutes. Runs the server project's npm target over a scratch ClientApp folder whose
// package-lock.json pins nothing, so npm ci is quick and offline; Web Chat's bundle stays the one already built.
public sealed class FirstBuildNoticeTests : IDisposable
{
    private const string Package = """{ "name": "scratch", "version": "1.0.0", "private": true }""";
    private const string Lock = """{ "name": "scratch", "version": "1.0.0", "lockfileVersion": 3, "requires": true, "packages": { "": { "name": "scratch", "version": "1.0.0" } } }""";

    private readonly string _clientApp = Directory.CreateTempSubdirectory("faqbot-clientapp-").FullName;

    public void Dispose() => Directory.Delete(_clientApp, recursive: true);

    // `dotnet build`: the notice is in the build's output.
    [Fact]
    public async Task NpmTarget_Build_SaysWhatItInstallsAndWhyBeforeNpmRuns()
    {
        var (code, output) = await RunNpmTargetAsync("minimal", onTerminal: false);

        Assert.True(code == 0, output);
        AssertNotice(output);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase); // no NETSDK1206 or other warning
    }

    // `dotnet run` builds quietly, showing only "Building...": the notice is written to the terminal itself.
    [Fact]
    public async Task NpmTarget_QuietBuildOnATerminal_StillShowsTheNotice()
    {
        var (code, output) = await RunNpmTargetAsync("quiet", onTerminal: true);

        Assert.True(code == 0, output);
        AssertNotice(output);
    }

    private static void AssertNotice(string output)
    {
        var notice = output.IndexOf("FaqBot: installing Microsoft Web Chat (the website chat component)", StringComparison.Ordinal);
        Assert.True(notice >= 0, output);
        var text = output[notice..];
        Assert.Contains("from npm into src/FaqBot.Server/ClientApp/node_modules, as pinned by package-lock.json", text, StringComparison.Ordinal);
        Assert.Contains("This takes a minute or two, on the first build", text, StringComparison.Ordinal);
    }

    // On a terminal: under util-linux's `script`, which gives the build a pseudo-terminal and copies it to stdout.
    private async Task<(int ExitCode, string Output)> RunNpmTargetAsync(string verbosity, bool onTerminal)
    {
        File.WriteAllText(Path.Combine(_clientApp, "package.json"), Package);
        File.WriteAllText(Path.Combine(_clientApp, "package-lock.json"), Lock);
        var server = Path.Combine(Repo.Root, "src", "FaqBot.Server");
        string[] build =
        [
            "dotnet", "msbuild", Path.Combine(server, "FaqBot.Server.csproj"), "-t:FaqBotNpmCi", "-nologo", "-v:" + verbosity,
            "-nodeReuse:false", "-p:ClientAppDir=" + _clientApp + "/",
            "-p:WebChatBundle=" + Path.Combine(server, "ClientApp", "node_modules", "botframework-webchat", "dist", "webchat.js"),
        ];
        // Without a terminal: setsid, so a test run from someone's terminal does not print the notice on it.
        string[] command = onTerminal ? ["script", "-qec", string.Join(' ', build.Select(a => $"'{a}'")), "/dev/null"] : ["setsid", "-w", .. build];
        var startInfo = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var arg in command.Skip(1))
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output) + (await errors));
    }
}
