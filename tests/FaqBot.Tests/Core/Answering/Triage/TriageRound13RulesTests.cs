using FaqBot.Core.Answering.Triage;

namespace FaqBot.Tests.Core.Answering.Triage;

// Triage round 13, on messages written for these tests (not the bank's): a ligature and a place to tie it, a lethal
// quantity asked of a measure, an autopsy, courage to go through with it, extra lozenges kept back; and on the other side
// "unalive" said of a thing, questions about suicide in general (myths, the lines, risky times, how clinicians classify
// it, people who are suicidal, a service's protocol) and history told with its time ("back then", "between the ages of").
public sealed class TriageRound13RulesTests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("if i tie the cord to the door frame would it hold me")]
    [InlineData("rope over the beam in the garage, how long does it take")]
    [InlineData("at what dose does tylenol kill a person")]
    [InlineData("at what blood alcohol level does it kill you")]
    [InlineData("which pills are undetectable in an autopsy")]
    [InlineData("i just need the nerve to go through with it")]
    [InlineData("i want to be brave enough to actually go through with it this time")]
    [InlineData("im holding on to the leftover ketamine troches just in case")]
    public void Classify_MethodMeansOrResolve_IsACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Theory]
    [InlineData("my cat is going to unalive my phone if she knocks it off the table again. are you open saturday")]
    [InlineData("does asking someone about suicide make them more likely to do it? i am a youth pastor")]
    [InlineData("is the crisis text line only for suicide or can anyone text")]
    [InlineData("is the holiday season really a higher risk period for suicide")]
    [InlineData("what is the difference between self harm and a suicide attempt, clinically")]
    [InlineData("how do you recognise if a student is thinking about suicide")]
    [InlineData("what does your team do if a patient reports suicidal thoughts in the chair")]
    [InlineData("in my family we dont talk about suicide, how do i bring up treatment with them")]
    [InlineData("i was hospitalized for being suicidal when i was 17. can i still get ketamine")]
    [InlineData("had a self harm relapse years ago, is that a problem for the intake")]
    [InlineData("i used to scratch my arms as a teen. will the blood pressure cuff be ok")]
    [InlineData("back then i had thoughts of ending it all. today im just tired. how long is an infusion")]
    [InlineData("between the ages of 15 and 18 i cut myself. does that matter for ketamine")]
    [InlineData("i was suicidal before i started therapy and now im ok. do you take aetna")]
    [InlineData("no urges to hurt myself for years now. can i skip the safety questionnaire")]
    public void Classify_ThingOrGeneralOrPast_IsNotUrgentByTheRules(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }

    [Theory]
    [InlineData("im going to unalive myself")]
    [InlineData("talking about suicide is all i do lately, i want to die")]
    [InlineData("im one of those people who are suicidal and i have a plan")]
    [InlineData("i keep talking about suicide, can you help")]
    [InlineData("do you treat people who are suicidal? asking for me")]
    [InlineData("i know that someone i love is thinking about suicide")]
    [InlineData("i am suicidal right now")]
    [InlineData("years ago i quit, but now i had a self harm relapse")]
    [InlineData("i took a handful of pills back then and i took 30 pills tonight")]
    [InlineData("between 10 and 20 pills, i swallowed a handful of pills an hour ago")]
    [InlineData("no thoughts of harming myself for years but tonight i cut myself")]
    [InlineData("i was admitted last week for wanting to die and i still want to die")]
    public void Classify_PresentSignalBesideTheNewPhrases_StaysACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }
}
