using System.Text;
using System.Text.Json;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

public sealed class MessageTriageTests
{
    // Rules and the lexical layer; the embedding layer needs a vector (TriageBankQualityTests runs it).
    private static readonly MessageTriage Triage = new(TriageModel.Shipped("ArcticXs"));

    // Cases the shipped weights are known to route wrongly, listed rather than hidden (docs/benchmarks.md, Triage); a
    // retrain that fixes one fails here until it is taken off. Round 6 took off "should i be worried about side
    // effects": the lexical view alone, which this test runs, no longer refers it; with the embedding the joint advice
    // view still does (0.967 against 0.929: "should i be worried" is advice in most training messages that use it).
    private static readonly Dictionary<string, TriageKind> KnownMisroutes = [];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "data", "triage-cases.jsonl");
        foreach (var line in File.ReadLines(path).Where(line => line.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            data.Add(json.RootElement.GetProperty("text").GetString()!, json.RootElement.GetProperty("expect").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_CaseFromTable_ReturnsExpectedKind(string text, string expect)
    {
        var expected = Enum.Parse<TriageKind>(expect, ignoreCase: true);

        var result = Triage.Classify(text);
        if (KnownMisroutes.TryGetValue(text, out var known))
        {
            Assert.True(result.Kind == known, $"{text} is now {result.Kind}: take it off KnownMisroutes");
            return;
        }

        // The table predates the emergency kind: its medical emergencies expect "Crisis", and 911 first is right for them.
        if (expected == TriageKind.Crisis)
        {
            Assert.True(result.IsUrgent, $"{text} was {result.Kind} by {result.Rule}");
        }
        else
        {
            Assert.Equal(expected, result.Kind);
        }
    }

    [Fact]
    public void Cases_Table_HasAtLeast120Cases()
    {
        var count = Cases().Count;

        Assert.True(count >= 120, $"only {count} cases");
    }

    [Fact]
    public void Classify_OneMegabyteOfText_ReturnsQuestion()
    {
        var message = BuildLongMessage(clause: null);

        var result = Triage.Classify(message);

        Assert.Equal(TriageKind.Question, result.Kind);
    }

    [Fact]
    public void Classify_OneMegabyteWithCrisisClauseInTheMiddle_ReturnsCrisis()
    {
        var message = BuildLongMessage(clause: " and honestly i want to end it all. ");

        var result = Triage.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Fact]
    public void Classify_CrisisInsideQuestion_NamesCrisisRule()
    {
        var result = Triage.Classify("how fast does ketamine work, i want to kill myself");

        Assert.Equal("crisis.suicide", result.Rule);
    }

    [Fact]
    public void Classify_CurlyAndStraightApostrophes_GiveSameResult()
    {
        var curly = Triage.Classify("I don\u2019t see the point anymore");

        var straight = Triage.Classify("I don't see the point anymore");

        Assert.Equal(curly, straight);
    }

    [Fact]
    public void Classify_Null_Throws()
    {
        string message = null!;

        var act = () => Triage.Classify(message);

        Assert.Throws<ArgumentNullException>(act);
    }

    [Fact]
    public void Classify_ManyThreadsAtOnce_AgreeWithSequentialResults()
    {
        string[] messages = ["hi", "i want to die", "should i stop my meds", "what is bdnf", "bye"];
        var expected = messages.Select(m => Triage.Classify(m)).ToArray();

        var results = Enumerable.Range(0, 400).AsParallel()
            .Select(i => (Index: i % messages.Length, Result: Triage.Classify(messages[i % messages.Length])))
            .ToArray();

        Assert.All(results, r => Assert.Equal(expected[r.Index], r.Result));
    }

    private static string BuildLongMessage(string? clause)
    {
        const string Filler = "how long does a ketamine session last and what does it do to glutamate 🙂 ";
        var builder = new StringBuilder(1_100_000);
        while (builder.Length < 500_000)
        {
            builder.Append(Filler);
        }

        builder.Append(clause);
        while (builder.Length < 1_000_000)
        {
            builder.Append(Filler);
        }

        return builder.ToString();
    }
}
