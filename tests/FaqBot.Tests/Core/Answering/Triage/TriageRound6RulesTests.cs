using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

// Rules from the fifth bank's tune half, on messages written for these tests (not from any bank): each sign fires a
// crisis rule, someone else's death and a study framing do not, and first-person words still do in a study framing.
public sealed class TriageRound6RulesTests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("how long would i need to stay in a running car in the shut garage")]
    [InlineData("after my last session i might just drive off the bridge on the way home")]
    [InlineData("which pills stop your heart the quickest")]
    [InlineData("could i od on my troches if i took the whole bottle in one night")]
    [InlineData("cancel my package, i wont be needing the sessions after next week")]
    [InlineData("please make sure my sister gets the deposit back when im not around anymore")]
    [InlineData("why couldnt i have just died when i had the chance")]
    [InlineData("mi hermano me escribió que piensa suicidarse esta noche")]
    public void Classify_SignFromTheFifthBank_IsACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Theory]
    [InlineData("my cousin overdosed and died two years ago, does ketamine help with grief")]
    [InlineData("we lost our son to an overdose, is there a support group at the clinic")]
    [InlineData("i'm a nursing student writing a paper on self-harm in teens, do you have handouts")]
    [InlineData("can ssris increase suicidal thoughts in young adults")]
    [InlineData("is there research on ketamine and suicide prevention in veterans")]
    [InlineData("i had suicidal thoughts two winters ago, they are gone now. do you take aetna")]
    [InlineData("my last suicidal thoughts were over a year ago, can i book a consult")]
    public void Classify_DeathOfAnotherOrStudyOrHistory_IsNotACrisisByTheRules(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }

    [Theory]
    [InlineData("im a psychology student writing an essay and honestly i feel suicidal most days")]
    [InlineData("for my nursing class we discuss it, but my suicide plan is ready")]
    public void Classify_FirstPersonWordsInAStudyFraming_StillACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }
}

// Only another person's overdose death is grief: the writer's own overdose "and died" for a while is not blanked.
public sealed class OverdoseDeathOfAnotherTests
{
    [Fact]
    public void Classify_WriterOverdosedAndWasRevived_IsACrisis()
    {
        var result = new MessageTriage(null).Classify("i overdosed and died for two minutes last night, they brought me back");

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }
}
