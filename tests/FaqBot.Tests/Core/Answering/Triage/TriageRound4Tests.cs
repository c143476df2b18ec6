using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

// Round 4's rules and the lexical training rows, on messages written for these tests (not from any bank).
public sealed class TriageRound4Tests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("i tried to kill myself when i was 17. im 41 now and doing well, is there an age limit for ketamine?")]
    [InlineData("back in college i took a bunch of pills, that was 20 years ago. do you need those records?")]
    [InlineData("i used to cut myself as a teen, does the intake form ask about that")]
    [InlineData("former suicide attempt survivor here, do you do a psych eval first")]
    public void Classify_HistoryToldAsHistory_NoCrisisRuleFires(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }

    [Theory]
    [InlineData("i tried to kill myself last week and i am scared")]
    [InlineData("i tried to kill myself years ago and now i want to die again")]
    [InlineData("when i was 15 i overdosed, and tonight i took too many of my pills")]
    public void Classify_PresentRiskBesideHistory_StillACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Theory]
    [InlineData("which painkiller is the deadliest if you take a lot of it", "crisis.method")]
    [InlineData("how much of my sleeping pills would stop your heart", "crisis.method")]
    [InlineData("rehoming my two cats this weekend, its the last thing left to sort", "crisis.goodbye")]
    [InlineData("can i move my appointment to friday, i have the razor in my hand right now", "crisis.means")]
    [InlineData("our toddler chewed one of grandmas pain patches", "crisis.overdose")]
    [InlineData("mi plan es tirarme del puente el domingo", "crisis.es.plan")]
    public void Classify_WarningSignOfRound4_FiresItsRule(string message, string rule)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
        Assert.Equal(rule, result.Rule);
    }

    [Fact]
    public void LexicalTrainingRows_OrdinaryLongMessage_AddsEachSentenceAndPairAsNegatives()
    {
        TriageExample[] examples =
        [
            new("q-1", "how long is a session. can my wife drive me home. do you take insurance", "question", "logistics"),
            new("c-1", "i want to die. i have the pills ready", "crisis", "plan"),
            new("n-1", "i overdosed on purpose ten years ago. do you need my records", "noncrisis", "past-history"),
        ];
        var whole = examples.Select(e => LexicalFeatures.Of(TriageText.Normalize(e.Text))).ToList();

        var (rows, labels) = LexicalTrainingRows.For(TriageLabel.Crisis, examples, whole, TriageTrainer.WindowWords);

        // Three whole messages, then the question's three sentences and two neighbouring pairs; no part of the crisis
        // message (a positive) nor of the noncrisis one ("i overdosed on purpose" alone is a crisis).
        Assert.Equal(3 + 5, rows.Count);
        Assert.Equal([false, true, false, false, false, false, false, false], labels);
        Assert.Equal(whole, rows.Take(3));
    }
}
