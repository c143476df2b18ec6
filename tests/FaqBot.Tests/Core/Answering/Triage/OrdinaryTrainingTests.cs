using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// The ordinary clinic messages (tests/data/triage-ordinary*.jsonl) are nothing but ordinary questions; the first two
// files are for triage-train --ordinary, which trains every classifier on them and chooses no threshold with them
// (docs/benchmarks.md, triage round 15), the other four are scored only (TriageOrdinaryTests, round 16).
public sealed class OrdinaryTrainingTests
{
    [Theory]
    [InlineData("triage-ordinary.jsonl", 420)]
    [InlineData("triage-ordinary-2.jsonl", 420)]
    [InlineData("triage-ordinary-3.jsonl", 322)]
    [InlineData("triage-ordinary-4.jsonl", 320)]
    [InlineData("triage-ordinary-5.jsonl", 300)]
    [InlineData("triage-ordinary-6.jsonl", 223)]
    public void Read_OrdinaryFile_HoldsOnlyQuestionsWithoutCrisisWords(string file, int count)
    {
        var messages = TriageBank.Read(Repo.Data(file));

        Assert.Equal(count, messages.Count);
        Assert.All(messages, m => Assert.Equal("question", m.Kind));
        var words = new[] { "suicid", "kill", "overdose", "hurt myself", "burden", "goodbye", "hopeless", "988", "911", "chest pain", "seizure" };
        Assert.DoesNotContain(messages, m => words.Any(w => m.Text.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void TrainsOnly_Example_TrainsEveryClassAndChoosesNoThreshold()
    {
        var example = new TriageExample("ordinary:or-0001", "can i move my session to friday", "question", "scheduling") { IsRegression = true, TrainsOnly = true };

        foreach (var head in (TriageLabel[])[TriageLabel.Crisis, TriageLabel.Emergency, TriageLabel.Advice])
        {
            Assert.True(example.Trains(head));
            Assert.False(example.ChoosesThresholds(head));
            Assert.True((example with { TrainsOnly = false }).ChoosesThresholds(head));
        }
    }
}
