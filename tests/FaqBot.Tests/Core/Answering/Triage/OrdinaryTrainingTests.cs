using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// The ordinary clinic messages (tests/data/triage-ordinary*.jsonl) are nothing but ordinary questions; the first two
// files are for triage-train --ordinary, which trains every classifier on them and chooses no threshold with them
// (docs/benchmarks.md, triage round 15), the other five are scored only (TriageOrdinaryTests, rounds 16 and 18).
public sealed class OrdinaryTrainingTests
{
    [Theory]
    [InlineData("triage-ordinary.jsonl", 420)]
    [InlineData("triage-ordinary-2.jsonl", 420)]
    [InlineData("triage-ordinary-3.jsonl", 322)]
    [InlineData("triage-ordinary-4.jsonl", 320)]
    [InlineData("triage-ordinary-5.jsonl", 300)]
    [InlineData("triage-ordinary-6.jsonl", 223)]
    [InlineData("triage-ordinary-7.jsonl", 204)]
    public void Read_OrdinaryFile_HoldsOnlyQuestionsWithoutCrisisWords(string file, int count)
    {
        var messages = TriageBank.Read(Repo.Data(file));

        Assert.Equal(count, messages.Count);
        Assert.All(messages, m => Assert.Equal("question", m.Kind));
        var words = new[] { "suicid", "kill", "overdose", "hurt myself", "burden", "goodbye", "hopeless", "988", "911", "chest pain", "seizure" };
        Assert.DoesNotContain(messages, m => words.Any(w => m.Text.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void TrainsOnly_Example_TrainsEveryEmbeddingClassifierOnlyAndChoosesNoThreshold()
    {
        var example = new TriageExample("ordinary:or-0001", "can i move my session to friday", "question", "scheduling") { IsRegression = true, TrainsOnly = true };

        foreach (var head in (TriageLabel[])[TriageLabel.Crisis, TriageLabel.Emergency, TriageLabel.Advice])
        {
            Assert.False(example.TrainsLexical(head));
            Assert.True(example.Trains(head));
            Assert.False(example.ChoosesThresholds(head));
            Assert.True((example with { TrainsOnly = false }).ChoosesThresholds(head));
        }
    }

    // triage-train --language-train (triage-train-es.jsonl): every classifier, the lexical ones too, and no threshold.
    [Fact]
    public void OtherLanguage_Example_TrainsEveryClassifierAndChoosesNoThreshold()
    {
        var example = new TriageExample("language:es-tr-0001", "ya no quiero vivir", "crisis", "direct-ideation") { IsRegression = true, OtherLanguage = true };

        foreach (var head in (TriageLabel[])[TriageLabel.Crisis, TriageLabel.Emergency, TriageLabel.Advice])
        {
            Assert.True(example.TrainsLexical(head));
            Assert.True(example.Trains(head));
            Assert.False(example.ChoosesThresholds(head));
        }
    }
}
