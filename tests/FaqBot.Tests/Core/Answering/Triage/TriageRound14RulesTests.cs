using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

// Triage round 14, on messages written for these tests (not the bank's): a method asked with the generic "you"
// ("hang yourself", "drown yourself") is a crisis; "drown yourself in work" is an idiom and is not.
public sealed class TriageRound14RulesTests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("is it quick if you hang yourself")]
    [InlineData("what does a body go through when hanging yourself")]
    [InlineData("can you drown yourself on purpose in a bathtub or does instinct stop you")]
    [InlineData("how high does the door need to be to hang urself")]
    public void Classify_MethodAskedWithGenericYou_IsACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
        Assert.Equal("crisis.method", result.Rule);
    }

    [Theory]
    [InlineData("dont drown yourself in work the week after an infusion, is that the advice?")]
    [InlineData("should you drown yourself with water before the session or just sip")]
    [InlineData("can you hang your coat somewhere in the infusion room")]
    public void Classify_IdiomOrObject_IsNotUrgentByTheRules(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }
}
