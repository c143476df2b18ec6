using System.Text.Json;
using System.Text.RegularExpressions;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Cli;

public sealed class CliAppTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("faqbot-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Ask_Json_PrintsOneObjectInTheContractShape()
    {
        var (code, output, _) = CliRunner.Run("ask", "--kb", Repo.KnowledgeBase, "--json", "how long does a session last");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.Trim());
        var root = doc.RootElement;
        Assert.Equal("answer", root.GetProperty("kind").GetString());
        var first = root.GetProperty("passages")[0];
        Assert.Contains("Each session lasts about 40 minutes", first.GetProperty("text").GetString());
        Assert.Equal("what-does-ketamine-do-to-your-brain.txt", first.GetProperty("source").GetString());
        Assert.Equal("Treatment Sessions", first.GetProperty("heading").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Contains("> ", root.GetProperty("reply").GetString());
        Assert.True(root.GetProperty("followUps").GetArrayLength() >= 1);
        Assert.True(root.GetProperty("confidence").GetDouble() > 0);
        Assert.Equal(["kind", "passages", "reply", "followUps", "confidence"], root.EnumerateObject().Select(p => p.Name)); // README lists exactly these
        Assert.Equal(["text", "source", "title", "heading", "score"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Ask_Plain_PrintsQuoteSourceAndDisclaimer()
    {
        var (code, output, _) = CliRunner.Run("ask", "--kb", Repo.KnowledgeBase, "what", "is", "bdnf");

        Assert.Equal(0, code);
        Assert.Contains("BDNF", output);
        Assert.Contains("— ", output);
        Assert.Contains("not medical advice", output);
    }

    [Fact]
    public void AskBatch_JsonLines_OneObjectPerLineWithIdAndBadLinesReported()
    {
        var batch = Path.Combine(_dir, "batch.jsonl");
        File.WriteAllLines(batch, ["{\"id\":\"a\",\"q\":\"what is bdnf\"}", "not json", "{\"id\":7,\"q\":\"how much does it cost\"}", ""]);

        var (code, output, error) = CliRunner.Run("ask", "--kb", Repo.KnowledgeBase, "--json", "--batch", batch);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("a", JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString());
        var second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(7, second.GetProperty("id").GetInt32());
        Assert.Equal("abstain", second.GetProperty("kind").GetString());
        Assert.Contains(":2:", error);
        Assert.Equal(1, code);
    }

    [Fact]
    public void Ask_MissingKnowledgeBase_ClearErrorOnStderrAndNonZeroExit()
    {
        var missing = Path.Combine(_dir, "nope");

        var (code, output, error) = CliRunner.Run("ask", "--kb", missing, "hello there");

        Assert.NotEqual(0, code);
        Assert.Empty(output);
        Assert.Contains(missing, error);
    }

    [Fact]
    public void Ask_MalformedSynonyms_ErrorNamesFileAndLine()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "kb"));
        File.WriteAllText(Path.Combine(_dir, "kb", "a.txt"), "Title\n\nKetamine is given as an infusion in a clinic.\n");
        File.WriteAllText(Path.Combine(_dir, "kb", "synonyms.txt"), "fast, quick\nslow =>\n");

        var (code, _, error) = CliRunner.Run("ask", "--kb", Path.Combine(_dir, "kb"), "infusion");

        Assert.NotEqual(0, code);
        Assert.Contains("synonyms.txt:2", error);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ask", "--nonsense", "x")]
    public void Run_UnknownCommandOrOption_UsageErrorExitTwo(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("faqbot:", error);
    }

    [Fact]
    public void Bench_Questions_EndsWithTheContractLine()
    {
        var questions = Path.Combine(_dir, "q.txt");
        File.WriteAllLines(questions, ["what is bdnf", "how long does a session last"]);

        var (code, output, _) = CliRunner.Run("bench", "--kb", Repo.KnowledgeBase, "--questions", questions, "--repeat", "2");

        Assert.Equal(0, code);
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.Matches(new Regex(@"^build_ms=[\d.]+ p50_us=[\d.]+ p99_us=[\d.]+ passages=\d+$"), last);
    }

    [Fact]
    public void Eval_DevSet_PrintsBothHalvesAndSummaryLine()
    {
        var (code, output, _) = CliRunner.Run("eval", "--kb", Repo.KnowledgeBase, "--set", Repo.Data("dev-questions.jsonl"));

        Assert.Equal(0, code);
        Assert.Matches(new Regex(@"crisis\s+12/12"), output);
        Assert.Contains("== tune half ==", output);
        Assert.Contains("== test half ==", output);
        Assert.Matches(new Regex(@"answer_hit1=[\d.]+ answer_hit3=[\d.]+ mrr3=[\d.]+ abstain_ok=[\d.]+ quoting_correct=[\d.]+\s*$"), output);
    }

    [Fact]
    public void Eval_NoGate_ScoresRankingAloneSoEveryNotCoveredQuestionIsQuoted()
    {
        var (code, output, _) = CliRunner.Run("eval", "--kb", Repo.KnowledgeBase, "--set", Repo.Data("dev-questions.jsonl"), "--no-gate");

        Assert.Equal(0, code);
        Assert.Contains("== tune half (no gate: ranking alone) ==", output);
        Assert.Matches(new Regex(@"abstain\s+0/\d+"), output); // nothing abstains without the gate
        Assert.Matches(new Regex(@"crisis\s+12/12"), output); // other kinds still go through triage
    }

    [Fact]
    public void IndexExplain_ShowsDroppedBoilerplateAndCounts()
    {
        var (code, output, _) = CliRunner.Run("index", "--kb", Repo.KnowledgeBase, "--explain");

        Assert.Equal(0, code);
        Assert.Contains("Also Read: TMS vs. Ketamine", output);
        Assert.Contains("Posted By admin", output);
        Assert.Matches(new Regex(@"Indexed 5 documents and 0 curated answers: \d+ passages"), output);
    }

    [Fact]
    public void Chat_NumberPicksSuggestionAndQuitEnds()
    {
        var (code, output, _) = CliRunner.RunWithInput("hi\n1\nwhat is bdnf\nquit\n", "chat", "--kb", Repo.KnowledgeBase);

        Assert.Equal(0, code);
        Assert.Contains("[1] What is ketamine therapy?", output); // the welcome's examples, also after "hi"
        Assert.Contains("  (What is ketamine therapy?)", output);
        Assert.Contains("BDNF", output);
        Assert.True(output.Split("> ").Length >= 4, output);
    }

    [Theory]
    [InlineData("7", "There is no suggestion 7: type a number from 1 to 4, or your question in words.")]
    [InlineData("0", "There is no suggestion 0: type a number from 1 to 4, or your question in words.")]
    [InlineData("99999999999", "There is no suggestion 99999999999: type a number from 1 to 4, or your question in words.")]
    public void Chat_NumberThatIsNoSuggestion_SaysSoAndAsksNothing(string typed, string message)
    {
        var (code, output, _) = CliRunner.RunWithInput(typed + "\nquit\n", "chat", "--kb", Repo.KnowledgeBase);

        Assert.Equal(0, code);
        Assert.Contains(message, output);
        Assert.DoesNotContain("not medical advice", output); // nothing was answered
    }

    [Fact]
    public void Chat_LongLines_WrappedToTheTerminalWidth()
    {
        var output = new StringWriter();
        var args = FaqBot.Cli.CliArguments.Parse(["chat", "--kb", Repo.KnowledgeBase]);

        var code = FaqBot.Cli.Commands.ChatCommand.Run(args, new StringReader("what are the side effects of ketamine\nquit\n"), output, TextWriter.Null, 50);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, line => Assert.True(line.Length <= 50 || !line.Trim().Contains(' '), $"{line.Length} columns: {line}"));
        Assert.Contains(lines, line => line.StartsWith("  “", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("   ", StringComparison.Ordinal) && !line.Contains('“')); // a quote continues under its text
    }

    [Fact]
    public void NoCommand_PrintsUsageToStderrAndFails()
    {
        var (code, output, error) = CliRunner.Run();

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("usage: faqbot <command>", error);
    }

    [Fact]
    public void Help_PrintsUsageToStdoutAndSucceeds()
    {
        var (code, output, error) = CliRunner.Run("help");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("usage: faqbot <command>", output);
    }
}
