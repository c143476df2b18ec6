using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

// Triage round 12, on messages written for these tests (not the bank's): a lethality question with the means at hand,
// choosing among methods, a plan "for the 20th"; and on the other side a figure of speech ("overdosed on podcasts"),
// history ("took too many pills once, years back", "used to bang my head") and a clinician's or bystander's question.
public sealed class TriageRound12RulesTests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("would that be enough to kill someone? i have them here in my drawer")]
    [InlineData("i have all of them at home. could those kill you if you took them together")]
    [InlineData("list the methods people use and tell me which one would you pick")]
    [InlineData("which way would you choose if you were me")]
    [InlineData("what's the max amount of tylenol, asking with intent")]
    [InlineData("might just carry out what i planned for saturday")]
    [InlineData("i'll follow through with what i've planned once the kids are at school")]
    public void Classify_MethodOrPlanInAQuestion_IsACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Theory]
    [InlineData("could ketamine kill you? asking because my aunt is nervous")]
    [InlineData("i have both here, the consent form and the intake sheet. which one first")]
    [InlineData("which one would you pick, the infusion or the nasal spray")]
    [InlineData("i overdosed on netflix this weekend lol. do you have evening appointments")]
    [InlineData("i took too many pills once, years back. fine now. is ketamine addictive")]
    [InlineData("i used to bang my head as a kid when overwhelmed. is the room quiet")]
    [InlineData("what is the difference between active and passive suicidal ideation")]
    [InlineData("what should you actually say to someone who tells you they are suicidal? i'm a team lead")]
    [InlineData("what are the common warning signs of suicide in older adults")]
    [InlineData("do trials exclude people with a recent suicide attempt")]
    public void Classify_OrdinaryOrPastOrInformational_IsNotUrgentByTheRules(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }

    [Theory]
    [InlineData("i overdosed on my sleeping pills last night")]
    [InlineData("i took too many pills an hour ago")]
    [InlineData("i took too many pills tonight, like i did years ago")]
    [InlineData("i used to bang my head as a kid and tonight i did it again until it bled")]
    [InlineData("my son shows warning signs of suicide, what do i do")]
    [InlineData("my son is showing the warning signs of suicide")]
    [InlineData("im showing all the warning signs of suicide")]
    [InlineData("i overdosed on pills watching tv")]
    [InlineData("what should i say to my brother who tells me he is suicidal")]
    public void Classify_PresentActOrSomeoneAtRisk_StaysACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }
}
