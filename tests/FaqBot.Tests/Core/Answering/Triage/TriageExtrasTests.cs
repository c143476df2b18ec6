using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

public sealed class TriageExtrasTests
{
    // Rules and the lexical layer; the embedding layer needs a vector (TriageBankQualityTests runs it).
    private static readonly MessageTriage Triage = new(TriageModel.Shipped("ArcticXs"));

    [Theory]
    [InlineData("quiero morirme", "es")]
    [InlineData("mi hija se tomó un frasco de pastillas", "es")]
    [InlineData("i want to die", "en")]
    [InlineData("ya no puedo más, i just want to die, nadie me entiende", "es")]
    public void Classify_UrgentMessage_TellsItsLanguage(string message, string language)
    {
        var result = Triage.Classify(message);

        Assert.True(result.IsUrgent);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("my girlfriend says she wants to unalive herself", TriageAudience.Other)]
    [InlineData("mi esposa dice que se va a quitar la vida", TriageAudience.Other)]
    [InlineData("my kids would be better off without me", TriageAudience.Self)]
    [InlineData("i cut myself again last night", TriageAudience.Self)]
    public void Classify_UrgentMessage_TellsWhoIsAtRisk(string message, TriageAudience audience)
    {
        var result = Triage.Classify(message);

        Assert.True(result.IsUrgent, result.Rule);
        Assert.Equal(audience, result.Audience);
    }

    [Theory]
    [InlineData("my husband is having chest pain after his infusion")]
    [InlineData("se desmayó y no despierta")]
    [InlineData("she went limp and her eyes rolled back")]
    public void Classify_MedicalEmergency_IsEmergencyNotCrisis(string message)
    {
        var result = Triage.Classify(message);

        Assert.Equal(TriageKind.Emergency, result.Kind);
    }

    [Theory]
    [InlineData("is esketamine approved for people with suicidal thoughts")]
    [InlineData("my brother died by suicide 3 years ago, does ketamine help with grief")]
    [InlineData("i had a stroke 2 years ago, am i able to get ketamine")]
    public void Classify_InformationalOrPast_IsNotUrgent(string message)
    {
        var result = Triage.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }

    [Fact]
    public void Classify_Question_CarriesTheLearnedScoresAndThresholdsThatExplainIt()
    {
        var result = Triage.Classify("what is bdnf and why does it matter");

        Assert.Equal("question", result.Rule);
        var scores = Assert.IsType<TriageScores>(result.Scores);
        Assert.True(scores.Lexical.Crisis < scores.LexicalThresholds.Crisis);
    }

    [Fact]
    public void Shipped_OneModelPerEncoder_IsPresent()
    {
        Assert.Equal(["ArcticXs", "MiniLM"], TriageModel.ShippedNames());
        foreach (var name in TriageModel.ShippedNames())
        {
            Assert.Equal(3, TriageModel.Shipped(name).File.Lexical.Count);
        }
    }

    [Fact]
    public void Train_TestHalfMessage_IsRefused()
    {
        var testId = Enumerable.Range(1, 50).Select(i => $"t-{i:0000}").First(id => !TriageSplit.IsTune(id));

        var act = () => TriageTrainer.Train([new TriageExample(testId, "i want to die", "crisis", "direct-ideation")], null, "none", "test");

        var error = Assert.Throws<ArgumentException>(act);
        Assert.Contains(testId, error.Message, StringComparison.Ordinal);
    }
}

public sealed class TriageTrainerDeterminismTests
{
    [Fact]
    public void Train_SameMessagesTwice_WritesTheSameFile()
    {
        var examples = TriageBank.Read(FaqBot.Tests.TestSupport.Repo.Data("triage-bank.jsonl")).Where(e => TriageSplit.IsTune(e.Id)).Take(150).ToList();

        var first = Serialize(TriageTrainer.Train(examples, null, "none", "determinism test"));
        var second = Serialize(TriageTrainer.Train(examples, null, "none", "determinism test"));

        Assert.Equal(first, second);
    }

    private static byte[] Serialize(TriageModelFile file)
    {
        using var stream = new MemoryStream();
        TriageModel.Save(file, stream);
        return stream.ToArray();
    }
}
