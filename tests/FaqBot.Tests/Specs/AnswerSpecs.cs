using System.Text.Json;
using FaqBot.Core.Answering;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Specs;

/// <summary>Questions and the passage that must be among the top three quotes: a regression table (spec file in the same folder).</summary>
public sealed class AnswerSpecs
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(Repo.Root, "tests", "FaqBot.Tests", "Specs", "answer-specs.jsonl");
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            var root = JsonDocument.Parse(line).RootElement;
            data.Add(root.GetProperty("q").GetString()!, root.GetProperty("source").GetString()!, root.GetProperty("evidence").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ask_SpecQuestion_QuotesTheExpectedPassageInTopThree(string question, string source, string evidence)
    {
        var answer = SeedEngine.Instance.Ask(question);

        Assert.Contains(answer.Kind, new[] { AnswerKind.Answer, AnswerKind.Clarify });
        Assert.Contains(answer.Quotes.Take(3), q => q.SourceFile == source && q.Text.Contains(evidence, StringComparison.Ordinal));
    }
}
