using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// The retrieval training questions (triage-train --question-train) train the advice classifiers and the crisis
// embedding network only (since triage round 18): the emergency classifiers, the crisis lexical classifier and the
// thresholds they choose come out exactly as without them. Retrieval questions do not choose the advice thresholds.
public sealed class RetrievalTrainingQuestionTests
{
    private static readonly Lazy<(TriageModelFile Without, TriageModelFile With)> Fits = new(() =>
    {
        var bank = TriageBank.Read(Repo.Data("triage-bank.jsonl")).Where(e => TriageSplit.IsTune(e.Id))
            .GroupBy(e => e.Kind).SelectMany(g => g.Take(30)).ToList();
        var questions = TriageBank.Read(Repo.Data("questions-train.jsonl")).Take(120)
            .Select(e => e with { Id = "question-train:" + e.Id, IsRegression = true, IsRetrievalTrainingQuestion = true }).ToList();
        List<TriageExample> all = [.. bank, .. questions];
        var embeddings = all.Select(e => SeedEngine.Encoder.EncodeQuery(e.Text)).ToList();
        var without = TriageTrainer.Train(bank, embeddings.Take(bank.Count).ToList(), SeedEngine.Encoder.ModelId, "without");
        var with = TriageTrainer.Train(all, embeddings, SeedEngine.Encoder.ModelId, "with");
        return (without, with);
    });

    [Fact]
    public void Read_RetrievalQuestions_AreOrdinaryQuestions()
    {
        var questions = TriageBank.Read(Repo.Data("questions-train.jsonl"));

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Equal("question", q.Kind));
    }

    [Fact]
    public void Trains_RetrievalTrainingQuestion_TheAdviceClassAndTheCrisisNetworkOnly()
    {
        var example = new TriageExample("q", "can i drive home after", "question", "logistics") { IsRetrievalTrainingQuestion = true };

        Assert.True(example.Trains(TriageLabel.Advice));
        Assert.True(example.TrainsLexical(TriageLabel.Advice));
        Assert.True(example.Trains(TriageLabel.Crisis));
        Assert.False(example.TrainsLexical(TriageLabel.Crisis));
        Assert.False(example.Trains(TriageLabel.Emergency));
        Assert.True((example with { IsRetrievalTrainingQuestion = false }).TrainsLexical(TriageLabel.Crisis));
    }

    [Fact]
    public void ChoosesThresholds_RetrievalQuestion_CountsForCrisisButNotForAdvice()
    {
        var bankQuestion = new TriageExample("t-1", "can i drive home after", "question", "logistics");
        var retrievalQuestion = bankQuestion with { IsRetrievalQuestion = true };
        var trainingQuestion = retrievalQuestion with { IsRetrievalTrainingQuestion = true };

        Assert.True(bankQuestion.ChoosesThresholds(TriageLabel.Advice));
        Assert.True(retrievalQuestion.ChoosesThresholds(TriageLabel.Crisis));
        Assert.False(retrievalQuestion.ChoosesThresholds(TriageLabel.Advice));
        Assert.False(trainingQuestion.ChoosesThresholds(TriageLabel.Crisis));
    }

    [Fact]
    public void Train_WithRetrievalTrainingQuestions_LeavesEmergencyAndTheCrisisLexicalClassifierUnchanged()
    {
        var (without, with) = Fits.Value;

        Assert.Equal(without.Embedding[1].Weights, with.Embedding[1].Weights);
        Assert.Equal(without.Embedding[1].Threshold, with.Embedding[1].Threshold);
        Assert.Equal(without.Lexical[1].Weights, with.Lexical[1].Weights);
        Assert.Equal(without.Joint![1], with.Joint![1]);
        Assert.Equal(without.Lexical[0].Weights, with.Lexical[0].Weights);
        Assert.NotEqual(without.Embedding[0].Hidden!.Weights, with.Embedding[0].Hidden!.Weights);
    }

    [Fact]
    public void Train_WithRetrievalTrainingQuestions_RefitsTheAdviceClass()
    {
        var (without, with) = Fits.Value;

        Assert.Equal("Advice", with.Embedding[2].Label);
        Assert.NotEqual(without.Embedding[2].Weights, with.Embedding[2].Weights);
        Assert.NotEqual(without.Lexical[2].Weights, with.Lexical[2].Weights);
    }
}
