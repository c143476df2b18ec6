using System.Text.Json;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

/// <summary>Keeps triage consistent with the labels of the development question set.</summary>
public sealed class DevQuestionTriageTests
{
    // Rules and the lexical layer; the embedding layer needs a vector (TriageBankQualityTests runs it).
    private static readonly MessageTriage Triage = new(TriageModel.Shipped("ArcticXs"));

    // Development questions the shipped weights are known to flag wrongly, listed rather than hidden (docs/benchmarks.md,
    // Triage); a retrain that fixes one fails here until it is taken off the list. Round 3 had two ("hippocampus and
    // memory": emergency; "the depression just never lifts": crisis), raised by the lexical view alone; round 4, which
    // shows the lexical classifier the parts of ordinary messages (LexicalTrainingRows), has none.
    private static readonly Dictionary<string, TriageKind> KnownFalseAlarms = [];

    public static TheoryData<string, string, string> Questions()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "data", "dev-questions.jsonl");
        foreach (var line in File.ReadLines(path).Where(line => line.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            data.Add(root.GetProperty("id").GetString()!, root.GetProperty("kind").GetString()!, root.GetProperty("q").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Classify_DevQuestion_AgreesWithItsKind(string id, string kind, string question)
    {
        TriageKind[] allowed = kind switch
        {
            "crisis" => [TriageKind.Crisis, TriageKind.Emergency],
            "advice" => [TriageKind.Advice],
            "noncrisis" => [TriageKind.Question, TriageKind.Advice],
            _ => [TriageKind.Question],
        };

        var result = Triage.Classify(question);
        if (KnownFalseAlarms.TryGetValue(id, out var known))
        {
            Assert.True(result.Kind == known, $"{id} is now {result.Kind}: take it off KnownFalseAlarms");
            return;
        }

        Assert.True(allowed.Contains(result.Kind), $"{id} ({kind}) was {result.Kind} by rule {result.Rule}");
    }
}
