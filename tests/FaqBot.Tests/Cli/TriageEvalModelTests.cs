using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Cli;

// `faqbot triage-eval --model WEIGHTS`: scores with a weights file from triage-train (the cross-author check) instead
// of the shipped one, and says so plainly when the file is missing or not a weights file.
public sealed class TriageEvalModelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("faqbot-triage-eval-").FullName;

    [Fact]
    public void TriageEval_ModelWithTheBandOpen_CountsTheWatchedMessages()
    {
        var bank = Write("bank.jsonl", string.Join('\n',
            Enumerable.Range(1, 40).Select(i => $$"""{"id": "w-{{i:0000}}", "kind": "question", "category": "cost", "q": "how much does one session cost"}""")));
        var shipped = TriageModel.Shipped("MiniLM").File; // the in-process CLI's encoder: no appsettings.json, the default model
        var open = Path.Combine(_dir, "open.json");
        using (var stream = File.Create(open))
        {
            TriageModel.Save(shipped with { CrisisWatch = new WatchThresholds(ThresholdSearch.Off, 0) }, stream);
        }

        var (withBand, output, _) = CliRunner.Run("triage-eval", "--bank", bank, "--half", "both", "--model", open, "-v");
        var (shippedCode, shippedOutput, _) = CliRunner.Run("triage-eval", "--bank", bank, "--half", "both");

        Assert.Equal((0, 0), (withBand, shippedCode));
        Assert.Matches(@"tune question\s+0/\d+ .*in the crisis watch band", output);
        Assert.Contains("→ Question question +crisis watch band] how much does one session cost", output, StringComparison.Ordinal);
        Assert.DoesNotMatch("in the crisis watch band", shippedOutput);
    }

    [Fact]
    public void TriageEval_MissingOrBrokenModel_ExitsWithTheReason()
    {
        var bank = Write("bank.jsonl", """{"id": "w-0001", "kind": "question", "category": "cost", "q": "how much is it"}""");
        var broken = Write("broken.json", "{ not json");

        var missing = CliRunner.Run("triage-eval", "--bank", bank, "--model", Path.Combine(_dir, "nope.json"));
        var invalid = CliRunner.Run("triage-eval", "--bank", bank, "--model", broken);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("triage weights file not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("not valid JSON", invalid.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
