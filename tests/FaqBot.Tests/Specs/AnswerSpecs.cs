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
    public void Ask_SpecQuestion_RanksTheExpectedPassageInTopThreeAndNeverQuotesAnotherAlone(string question, string source, string evidence)
    {
        // Retrieval: what FaqBot would quote puts the expected passage in the top three.
        var (ranked, _) = SeedEngine.Instance.Answerer.AnswerRegardless(question);
        Assert.Contains(ranked.Quotes.Take(3), q => q.SourceFile == source && q.Text.Contains(evidence, StringComparison.Ordinal));

        // Decision: the answerability model may abstain (a false "not covered" costs less than a wrong quote), but
        // when FaqBot answers, its quotes include the expected passage.
        var answer = SeedEngine.Instance.Ask(question);
        Assert.Contains(answer.Kind, new[] { AnswerKind.Answer, AnswerKind.Clarify, AnswerKind.Abstain });
        Assert.True(answer.Kind == AnswerKind.Abstain || answer.Quotes.Take(3).Any(q => q.SourceFile == source && q.Text.Contains(evidence, StringComparison.Ordinal)));
    }
}
