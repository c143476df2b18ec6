using System.Text.Json;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

/// <summary>Keeps triage consistent with the labels of the development question set.</summary>
public sealed class DevQuestionTriageTests
{
    // Rules and the lexical layer; the embedding layer needs a vector (TriageBankQualityTests runs it).
    private static readonly MessageTriage Triage = new(TriageModel.Shipped("ArcticXs"));

    // False alarms of the round-3 weights on two development questions, both from the question bank's test half (so
    // never trained on): the lexical view alone raises them ("hippocampus and memory" scores 0.450 against the emergency
    // threshold 0.425; "the depression just never lifts" 0.799 against crisis 0.719). Listed, not hidden
    // (docs/benchmarks.md, Triage): a retrain that fixes one fails here until it is taken off the list.
    private static readonly Dictionary<string, TriageKind> KnownFalseAlarms = new()
    {
        ["answer-061"] = TriageKind.Emergency,
        ["answer-075"] = TriageKind.Crisis,
    };

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
