using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// Triage round 11, on messages written for these tests: more ways of telling history as history (a season, "behind me",
// "in recovery from", thoughts of killing oneself years back, Spanish "hace años"), "in the past" that is recent, and
// questions about a crisis line, a form or a population that name suicide without any present risk.
public sealed class TriageRound11RulesTests
{
    // Rules alone, so each case shows what the rules themselves decide.
    private static readonly MessageTriage Rules = new(null);

    [Theory]
    [InlineData("i had thoughts of hurting myself back in 2015, fine now. do you take medicare")]
    [InlineData("made an attempt on my life in my twenties, i'm 45 now. how long is the first appointment")]
    [InlineData("hace muchos años tuve un intento de suicidio, ¿tienen citas los sábados?")]
    [InlineData("me cortaba cuando era adolescente, ¿eso importa para la consulta?")]
    [InlineData("my self harm days are long over, can i wear short sleeves to the infusion")]
    [InlineData("i'm in recovery from self harm, 6 years now. where do i park")]
    [InlineData("some suicidal thoughts last summer, gone now. is ketamine used for ocd")]
    public void Classify_HistoryToldAsHistory_IsNotUrgentByTheRules(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }

    [Theory]
    [InlineData("i had thoughts of killing myself in the past few days")]
    [InlineData("i cut myself in the past week")]
    [InlineData("i have been burning myself in the past couple of months")]
    [InlineData("hace muchos años tuve un intento de suicidio y esta semana pienso en matarme otra vez")]
    [InlineData("my self harm days were behind me but the urges to cut are back")]
    [InlineData("years ago i cut myself. lately i keep thinking about killing myself")]
    [InlineData("back in 2019 i overdosed, and this week thoughts of ending my life are back")]
    [InlineData("desde hace 3 años tengo pensamientos suicidas")]
    [InlineData("tengo pensamientos suicidas desde hace años")]
    [InlineData("hace años me corté y ahora tengo pensamientos suicidas")]
    public void Classify_RecentOrPresentSignal_StaysACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Theory]
    [InlineData("is the suicide crisis line free to call from a cell phone")]
    [InlineData("why is there a section on the intake form about self harm")]
    [InlineData("how common is suicidal ideation among teens with depression")]
    [InlineData("is spravato indicated for suicidal thinking or only for depression")]
    public void Classify_QuestionNamingSuicideWithoutRisk_IsNotUrgentByTheRules(string message)
    {
        var result = Rules.Classify(message);

        Assert.False(result.IsUrgent, $"{result.Kind} by {result.Rule}");
    }

    [Theory]
    [InlineData("i keep having suicidal thoughts and the intake form asks about suicide, should i say so")]
    [InlineData("how common is suicidal ideation among teens, asking because my son is suicidal")]
    public void Classify_FirstPersonBesideTheQuestion_StaysACrisis(string message)
    {
        var result = Rules.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
    }

    [Theory]
    [InlineData("i cried for an hour after my session, is that weird", false)]
    [InlineData("my legs felt heavy the night after, is that typical?", false)]
    [InlineData("i cried for an hour after my session", true)]
    public void Classify_LearnedEmergencyEverywhere_WeirdOrTypicalAsksIfExpected(string message, bool emergency)
    {
        var shipped = TriageModel.For(SeedEngine.Encoder).File;
        var joints = shipped.Joint!.Select(j => j.Label == "Emergency" ? j with { Threshold = 0 } : j).ToList();
        var triage = new MessageTriage(new TriageModel(shipped with { Joint = joints }), SeedEngine.Encoder);

        var result = triage.Classify(message);

        Assert.Equal(emergency, result.Kind == TriageKind.Emergency);
    }
}
