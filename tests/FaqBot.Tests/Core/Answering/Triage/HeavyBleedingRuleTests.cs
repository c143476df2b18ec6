using FaqBot.Core.Answering.Triage;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// Heavy bleeding is a medical emergency by rule (emergency.bleeding; docs/benchmarks.md, triage round 17): before it,
// only the learned layer caught it, one message by 0.003 of a score.
public sealed class HeavyBleedingRuleTests
{
    private static readonly MessageTriage RulesOnly = new(null);

    [Theory]
    [InlineData("I'm 34 weeks pregnant and I'm bleeding a lot and having awful pain")]
    [InlineData("cut my hand on a knife and its bleeding a lot through the bandage")]
    [InlineData("fell off my bike and my knee is bleeding heavily")]
    [InlineData("my husband is soaking through towels from a cut on his arm")]
    [InlineData("heavy bleeding since this morning, soaked through a pad every hour")]
    public void Classify_HeavyBleeding_IsAnEmergencyByRule(string message)
    {
        var result = RulesOnly.Classify(message);

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Equal("emergency.bleeding", result.Rule);
    }

    [Theory]
    [InlineData("my gums bleed a bit when i brush, is that ok before the infusion")]
    [InlineData("will the iv site bleed much afterwards")]
    [InlineData("i bruise and bleed easily, can i still get an iv")]
    [InlineData("does ketamine cause heavy bleeding")]
    public void Classify_OrdinaryBleedingQuestion_IsNotAnEmergency(string message)
    {
        var result = RulesOnly.Classify(message);

        Assert.NotEqual(TriageKind.Emergency, result.Kind);
    }

    // The rule flags no message of any data file that is not an emergency (both halves of every bank, the training,
    // ordinary and question files, the regression set), so it costs no ordinary message an answer.
    [Fact]
    public void Classify_EveryMessageInTheData_BleedingRuleFiresOnlyOnEmergencies()
    {
        var messages = TriageData.EveryMessage().ToList();
        Assert.True(messages.Count > 10_000, $"{messages.Count} messages");

        var flagged = messages.Where(m => RulesOnly.Classify(m.Text).Rule == "emergency.bleeding").ToList();

        Assert.True(flagged.Count >= 7, $"{flagged.Count} flagged");
        Assert.All(flagged, m => Assert.Equal("emergency", m.Kind));
    }
}
