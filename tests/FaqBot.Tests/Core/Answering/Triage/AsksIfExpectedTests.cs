using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// A patient asking whether what they feel is normal is not sent to 911 by the learned emergency score alone; the
// emergency rules still decide for chest pain, breathing or someone not waking up, however it is asked.
public sealed class AsksIfExpectedTests
{
    [Fact]
    public void Classify_DissociationAskedAsNormal_IsNotAnEmergency()
    {
        const string Message = "is it normal to feel like im floating outside my body";

        var result = MessageTriage.For(SeedEngine.Encoder).Classify(Message);

        Assert.NotEqual(TriageKind.Emergency, result.Kind);
    }

    [Theory]
    [InlineData("sharp pain in my chest after the infusion, is this normal?")]
    [InlineData("he wont wake up after his session, is that normal")]
    [InlineData("what does it feel like when you cant breathe, because i cant breathe right now")]
    [InlineData("i cant breathe properly since the spray, is it normal to feel this")]
    public void Classify_EmergencyRuleAskedAsNormal_StaysAnEmergency(string message)
    {
        var result = MessageTriage.For(SeedEngine.Encoder).Classify(message);

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.StartsWith("emergency.", result.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i feel tingly and light after my session", true)]
    [InlineData("i feel tingly and light after my session, is that normal?", false)]
    [InlineData("my hands are numb since the infusion. is this a side effect?", false)]
    [InlineData("is it common to feel wobbly afterwards", false)]
    [InlineData("what does it feel like while its going in", false)]
    [InlineData("what does dissociation feel like", false)]
    [InlineData("so what is an infusion actually like", false)]
    [InlineData("my chest feels tight, what does it feel like when its serious", true)]
    public void Classify_LearnedEmergencyEverywhere_OnlyMessagesNotAskingIfNormalAreEmergencies(string message, bool emergency)
    {
        var shipped = TriageModel.For(SeedEngine.Encoder).File;
        var joints = shipped.Joint!.Select(j => j.Label == "Emergency" ? j with { Threshold = 0 } : j).ToList();
        var triage = new MessageTriage(new TriageModel(shipped with { Joint = joints }), SeedEngine.Encoder);

        var result = triage.Classify(message);

        Assert.Equal(emergency, result.Kind == TriageKind.Emergency);
        Assert.False(result.Kind == TriageKind.Crisis, $"{result.Rule}");
    }
}
