using FaqBot.Core.Answering.Triage;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// "I'm dying" said laughing or waiting is an idiom, not a body failing: the emergency rule "emergency.dying" no longer
// fires on it. The same words without the laughter or the "here" of impatience stay an emergency.
public sealed class DyingIdiomTests
{
    private static readonly MessageTriage Triage = MessageTriage.For(SeedEngine.Encoder);

    [Theory]
    [InlineData("LOL I'm dying, your hold music is the same song from my wedding. Anyway, what's the cancellation fee?")]
    [InlineData("i'm dying here, how long till someone replies")]
    [InlineData("haha im dying, my cat just walked across the keyboard. what are your hours on saturday")]
    public void Classify_DyingAsAnIdiom_IsNotTheEmergencyRule(string message)
    {
        var result = Triage.Classify(message);

        Assert.NotEqual("emergency.dying", result.Rule);
        Assert.NotEqual(TriageKind.Emergency, result.Kind);
    }

    [Theory]
    [InlineData("i feel like im dying, my heart wont slow down after the infusion")]
    [InlineData("i think im dying")]
    [InlineData("im dying and nobody is here, please help")]
    public void Classify_DyingSaidPlainly_StaysAnEmergency(string message)
    {
        var result = Triage.Classify(message);

        Assert.True(result.Kind is TriageKind.Emergency or TriageKind.Crisis, $"{result.Kind} {result.Rule}");
    }
}
