using System.Diagnostics;
using FaqBot.Tests.Server.Storage;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Server.Startup;

// Every kind of start-up failure, in the real process: exit code 1, one line on stderr naming the key or file,
// and no stack trace anywhere in the output.
public sealed class StartupFailureTests
{
    [Theory]
    [InlineData("Bot:Greeting=Hello from {1}", "Bot:Greeting")]
    [InlineData("Website:AccentColor=red", "Website:AccentColor")]
    [InlineData("Storage:EventRetentionDays=0", "Storage:EventRetentionDays")]
    [InlineData("KnowledgeBase:Boilerplate:ExtraLineRules:0:Pattern=(unclosed", "KnowledgeBase:Boilerplate:ExtraLineRules:0:Pattern")]
    [InlineData("BotFramework:Connector:AttemptTimeout=00:00:30", "BotFramework:Connector:AttemptTimeout")]
    [InlineData("Index:Path=knowledge-base/index", "Index:Path")]
    public async Task Start_BadOption_ExitsWithOneLineNamingTheKey(string setting, string key)
    {
        var (exitCode, stdout, stderr) = await RunAsync("Storage:Provider=Memory", setting);

        AssertOneLineFailure(exitCode, stdout, stderr, key);
    }

    [Fact]
    public async Task Start_StorageCannotBeOpened_ExitsWithOneLineFromTheStorageStep()
    {
        var notAFolder = Path.GetTempFileName(); // a file where the data folder should be
        try
        {
            var (exitCode, stdout, stderr) = await RunAsync($"Storage:DataFolder={notAFolder}");

            AssertOneLineFailure(exitCode, stdout, stderr, "storage:");
        }
        finally
        {
            File.Delete(notAFolder);
        }
    }

    // These two fail after the server began listening (the model and the index load in the background).
    [Fact]
    public async Task Start_ModelFileMissing_ExitsWithOneLineNamingTheFile()
    {
        var empty = Directory.CreateTempSubdirectory("faqbot-models-").FullName;
        try
        {
            var (exitCode, stdout, stderr) = await RunAsync("Storage:Provider=Memory", $"Embeddings:ModelsPath={empty}");

            AssertOneLineFailure(exitCode, stdout, stderr, empty);
            AssertOneLineFailure(exitCode, stdout, stderr, "cannot start: embedding model and triage weights: "); // reported once, as the model's
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    // The model and the index load at the same time: when both fail, for different reasons, the one line names both.
    [Fact]
    public async Task Start_ModelFileAndKnowledgeBaseBothMissing_ExitsWithOneLineNamingBoth()
    {
        var empty = Directory.CreateTempSubdirectory("faqbot-models-").FullName;
        try
        {
            var (exitCode, stdout, stderr) = await RunAsync("Storage:Provider=Memory", $"Embeddings:ModelsPath={empty}", "KnowledgeBase:Path=/nonexistent/faqbot-kb");

            AssertOneLineFailure(exitCode, stdout, stderr, "embedding model and triage weights: ");
            AssertOneLineFailure(exitCode, stdout, stderr, empty);
            AssertOneLineFailure(exitCode, stdout, stderr, "index and vectors: ");
            AssertOneLineFailure(exitCode, stdout, stderr, "KnowledgeBase:Path");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task Start_KnowledgeBaseFolderMissing_ExitsWithOneLineNamingTheKey()
    {
        var (exitCode, stdout, stderr) = await RunAsync("Storage:Provider=Memory", "KnowledgeBase:Path=/nonexistent/faqbot-kb");

        AssertOneLineFailure(exitCode, stdout, stderr, "KnowledgeBase:Path");
    }

    private static void AssertOneLineFailure(int exitCode, string stdout, string stderr, string expected)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exitCode == 1, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Single(lines);
        Assert.StartsWith("faqbot: cannot start:", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", stdout, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var arg in new[] { ServerProcess.ServerDll(), "--urls=http://127.0.0.1:0", $"--contentRoot={Repo.Root}", "--Index:Path=" }
            .Concat(settings.Select(s => "--" + s)))
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
