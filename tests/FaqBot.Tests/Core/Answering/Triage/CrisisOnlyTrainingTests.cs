using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// A training file given with triage-train --crisis-train (triage-train-2.jsonl) trains the crisis classifiers and
// their thresholds only: the emergency and advice classifiers come out exactly as without it.
public sealed class CrisisOnlyTrainingTests
{
    private static readonly Lazy<(TriageModelFile Without, TriageModelFile With)> Fits = new(() =>
    {
        var bank = TriageBank.Read(Repo.Data("triage-bank.jsonl")).Where(e => TriageSplit.IsTune(e.Id))
            .GroupBy(e => e.Kind).SelectMany(g => g.Take(30)).ToList();
        var extra = TriageBank.Read(Repo.Data("triage-train-2.jsonl")).GroupBy(e => e.Kind).SelectMany(g => g.Take(25))
            .Select(e => e with { Id = "crisis-train:" + e.Id, IsRegression = true, CrisisOnly = true }).ToList();
        List<TriageExample> all = [.. bank, .. extra];
        var embeddings = all.Select(e => SeedEngine.Encoder.EncodeQuery(e.Text)).ToList();
        var without = TriageTrainer.Train(bank, embeddings.Take(bank.Count).ToList(), SeedEngine.Encoder.ModelId, "without");
        var with = TriageTrainer.Train(all, embeddings, SeedEngine.Encoder.ModelId, "with");
        return (without, with);
    });

    [Fact]
    public void Trains_CrisisOnlyExample_OnlyTheCrisisClass()
    {
        var example = new TriageExample("x", "i have been saving my pills", "crisis", "means-stockpiling") { CrisisOnly = true };

        Assert.True(example.Trains(TriageLabel.Crisis));
        Assert.False(example.Trains(TriageLabel.Emergency));
        Assert.False(example.Trains(TriageLabel.Advice));
        Assert.True(example.ChoosesThresholds(TriageLabel.Crisis));
        Assert.True((example with { CrisisOnly = false }).Trains(TriageLabel.Advice));
    }

    [Fact]
    public void Train_WithCrisisOnlyMessages_LeavesEmergencyAndAdviceUnchanged()
    {
        var (without, with) = Fits.Value;

        foreach (var head in (int[])[1, 2])
        {
            Assert.Equal(without.Embedding[head].Weights, with.Embedding[head].Weights);
            Assert.Equal(without.Embedding[head].Threshold, with.Embedding[head].Threshold);
            Assert.Equal(without.Lexical[head].Weights, with.Lexical[head].Weights);
            Assert.Equal(without.Lexical[head].Threshold, with.Lexical[head].Threshold);
            Assert.Equal(without.Joint![head], with.Joint![head]);
        }
    }

    [Fact]
    public void Train_WithCrisisOnlyMessages_RefitsTheCrisisClass()
    {
        var (without, with) = Fits.Value;

        Assert.Equal("Crisis", with.Embedding[0].Label);
        Assert.NotEqual(without.Embedding[0].Weights, with.Embedding[0].Weights);
        Assert.NotEqual(without.Lexical[0].Weights, with.Lexical[0].Weights);
    }
}
