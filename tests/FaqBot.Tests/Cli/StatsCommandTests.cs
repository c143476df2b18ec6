using System.Text;
using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Storage;

namespace FaqBot.Tests.Cli;

public sealed class StatsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("faqbot-stats-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("0")]
    [InlineData("3651")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData("week")]
    public void Stats_BadDays_ClearErrorExitTwo(string days)
    {
        var (code, output, error) = CliRunner.Run("stats", "--config", Config("{}"), "--days", days);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains($"--days must be a whole number of days from 1 to 3650, not '{days}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_UnknownOption_ExitTwo()
    {
        var (code, _, error) = CliRunner.Run("stats", "--config", Config("{}"), "--weeks", "2");

        Assert.Equal(2, code);
        Assert.Contains("'stats' does not take --weeks", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_ExportIntoMissingFolder_ExitTwo()
    {
        var target = Path.Combine(_dir, "nope", "stats.csv");

        var (code, _, error) = CliRunner.Run("stats", "--config", Config("{}"), "--export", target);

        Assert.Equal(2, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_MemoryProvider_SaysNothingIsKeptBetweenProcessesExitOne()
    {
        var (code, _, error) = CliRunner.Run("stats", "--config", Config("""{"Storage": {"Provider": "Memory"}}"""));

        Assert.Equal(1, code);
        Assert.Contains("nothing between processes, so this command has nothing to read; use the staff stats command in Teams", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_UnknownProvider_ConfigurationMessageExitOne()
    {
        var (code, _, error) = CliRunner.Run("stats", "--config", Config("""{"Storage": {"Provider": "Oracle"}}"""));

        Assert.Equal(1, code);
        Assert.Contains("Storage:Provider is 'Oracle'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_NoDatabaseYet_UnavailableMessageExitOne()
    {
        var (code, _, error) = CliRunner.Run("stats", "--config", Config("""{"Storage": {"DataFolder": "data"}}"""));

        Assert.Equal(1, code);
        Assert.Contains(Path.Combine(_dir, "data", "faqbot.db"), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_SqliteDatabase_PrintsPeriodCountsAndGroupedQuestions()
    {
        var config = Config("""{"Storage": {"DataFolder": "data"}}""");
        var now = DateTimeOffset.UtcNow;
        await SeedAsync(now);

        var (week, weekOutput, _) = CliRunner.Run("stats", "--config", config);
        var (month, monthOutput, _) = CliRunner.Run("stats", "--config", config, "--days", "30");

        Assert.Equal((0, 0), (week, month));
        Assert.Contains("Questions: 4\n", weekOutput, StringComparison.Ordinal);
        Assert.Contains("Answered: 1, clarified: 0, abstained: 3", weekOutput, StringComparison.Ordinal);
        Assert.Contains("Feedback: 1 helpful, 0 not helpful (100% helpful)", weekOutput, StringComparison.Ordinal);
        Assert.Contains("   1      2  Can I bring my dog?\n", weekOutput, StringComparison.Ordinal);
        Assert.Contains("   2      1  =1+2 parking?\n", weekOutput, StringComparison.Ordinal);
        Assert.Contains("Questions: 5\n", monthOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Export_CsvWithBomFormulaSafeAndNoTemporaryFileLeft()
    {
        var config = Config("""{"Storage": {"DataFolder": "data"}}""");
        await SeedAsync(DateTimeOffset.UtcNow);
        var target = Path.Combine(_dir, "stats.csv");
        File.WriteAllText(target, "old content");

        var (code, output, error) = CliRunner.Run("stats", "--config", config, "--export", target);

        Assert.Equal(0, code);
        Assert.Contains("Questions: 4", output, StringComparison.Ordinal);
        Assert.Contains("2 unanswered-question groups", error, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(target);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.StartsWith("type,date,questions,", lines[0], StringComparison.Ordinal);
        Assert.Equal(8, lines.Count(l => l.StartsWith("day,", StringComparison.Ordinal)));
        Assert.Contains("unanswered,,,,,,,,,,,1,2,Can I bring my dog?", lines);
        Assert.Contains("unanswered,,,,,,,,,,,2,1,'=1+2 parking?", lines);
        Assert.Equal(["stats.csv"], Directory.GetFiles(_dir, "*.csv*").Select(Path.GetFileName));
    }

    private string Config(string json)
    {
        var path = Path.Combine(_dir, "appsettings.json");
        File.WriteAllText(path, json);
        return path;
    }

    // Four questions and one feedback this week, one question three weeks ago, written as the server writes them.
    private async Task SeedAsync(DateTimeOffset now)
    {
        var options = new StorageOptions { DataFolder = "data" };
        await using var storage = await FaqBotStorageFactory.OpenAsync(options, _dir, StorageRole.Server, CancellationToken.None);
        AnswerEvent[] answers =
        [
            new("c1", "a1", "directline", "Can I bring my dog?", AnswerKind.Abstain, 0.1, 0, now.AddHours(-1)),
            new("c1", "a2", "directline", "can i bring my dog", AnswerKind.Abstain, 0.1, 0, now.AddDays(-2)),
            new("c2", "a3", "msteams", "=1+2 parking?", AnswerKind.Abstain, 0.1, 0, now.AddDays(-3)),
            new("c2", "a4", "msteams", "how long is a session", AnswerKind.Answer, 0.9, 2, now.AddDays(-3)),
            new("c3", "a5", "directline", "old question", AnswerKind.Answer, 0.9, 1, now.AddDays(-20)),
        ];
        await storage.Events.AppendAsync(answers, [new FeedbackEvent("c2", "a4", FeedbackRating.Helpful, now.AddDays(-3))], CancellationToken.None);
    }
}
