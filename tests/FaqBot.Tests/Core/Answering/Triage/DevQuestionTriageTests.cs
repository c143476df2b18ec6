using System.Text.Json;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

/// <summary>Keeps triage consistent with the labels of the development question set.</summary>
public sealed class DevQuestionTriageTests
{
    // Rules and the lexical layer; the embedding layer needs a vector (TriageBankQualityTests runs it).
    private static readonly MessageTriage Triage = new(TriageModel.Shipped("ArcticXs"));

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

        Assert.True(allowed.Contains(result.Kind), $"{id} ({kind}) was {result.Kind} by rule {result.Rule}");
    }
}
