using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

// Round 5's rules (CrisisSignPatterns, from the fourth bank's tune half), on messages written for these tests (not
// from any bank): each sign fires its rule, and the ordinary wordings next to it do not.
public sealed class TriageRound5Tests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("does a garden hose from the exhaust pipe through the car window still work with new cars", "crisis.method")]
    [InlineData("if i leave the engine running in the closed garage how long does it take", "crisis.method")]
    [InlineData("could you od on your sleeping pills and just go peacefully in your sleep", "crisis.method")]
    [InlineData("if you overdose on ketamine would it hurt", "crisis.method")]
    [InlineData("last night i sat on the roof ledge for an hour. anyway when is my next session", "crisis.method")]
    [InlineData("fresh cuts on my thighs again, can the nurse see them during the infusion", "crisis.self-harm")]
    [InlineData("i relapsed and started cutting again", "crisis.self-harm")]
    [InlineData("i took around 30 of my sleeping pills last night and feel strange", "crisis.overdose")]
    [InlineData("took like twenty of the 200 mg tablets at once, does that affect tomorrow's infusion", "crisis.overdose")]
    [InlineData("i just want one last good feeling before it's over", "crisis.goodbye")]
    public void Classify_Round5Sign_FiresItsRule(string message, string rule)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
        Assert.Equal(rule, result.Rule);
    }

    [Theory]
    [InlineData("my car's exhaust pipe is rattling, is there parking at the clinic")]
    [InlineData("what are the signs of a ketamine overdose, for my nursing course")]
    [InlineData("i stood on the roof to fix the gutters and hurt my back, can i still come in")]
    [InlineData("got some fresh air after my session and felt great")]
    [InlineData("i took about 30 of the 10 mg ones over the month like my doctor said")]
    [InlineData("one last question: do you validate parking?")]
    [InlineData("my wife relapsed on alcohol, can she still do the program")]
    public void Classify_OrdinaryWordsNearTheSigns_NoRound5RuleFires(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }
}
