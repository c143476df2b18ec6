using FaqBot.Core.Answering.Triage;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// Triage round 18's rules (docs/benchmarks.md): a Spanish overdose typed "just took about 30" or "too much ketamine",
// a child who swallowed someone's medicine, and an attempt in the last few days told in passing.
public sealed class TriageRound18RulesTests
{
    private static readonly MessageTriage RulesOnly = new(null);

    [Theory]
    [InlineData("me acabo de tomar unas 25 pastillas de clonazepam")]
    [InlineData("se acaba de tomar como 15 de sus pastillas, que hago")]
    [InlineData("tome demasiados medicamentos y me siento muy rara")]
    [InlineData("creo que me tomé demasiada ketamina, no siento los brazos")]
    public void Classify_SpanishOverdose_IsACrisisByRule(string message)
    {
        var result = RulesOnly.Classify(message);

        Assert.Equal(TriageKind.Crisis, result.Kind);
        Assert.Equal("crisis.es.overdose", result.Rule);
    }

    [Theory]
    [InlineData("tomé demasiado café antes de la cita, importa?")]
    [InlineData("me tome demasiado tiempo para decidirme, todavía hay citas?")]
    public void Classify_TooMuchOfSomethingElse_IsNotAnOverdose(string message)
    {
        Assert.NotEqual("crisis.es.overdose", RulesOnly.Classify(message).Rule);
    }

    [Theory]
    [InlineData("my son found my ketamine lozenges and ate a few, he's 4")]
    [InlineData("our toddler chewed one of the troches she found in my bag")]
    [InlineData("my granddaughter swallowed two of my pills")]
    public void Classify_ChildSwallowedMedicine_IsAnEmergencyOrOverdose(string message)
    {
        var result = RulesOnly.Classify(message);

        Assert.True(result.Kind is TriageKind.Emergency or TriageKind.Crisis, $"{result.Kind} {result.Rule}");
    }

    [Theory]
    [InlineData("what if my kid finds my lozenges, how should i store them")]
    [InlineData("can my daughter come with me, she ate lunch already")]
    [InlineData("is ketamine safe for a child")]
    public void Classify_ChildAndMedicineInAQuestion_IsNotPoisoning(string message)
    {
        Assert.NotEqual("emergency.poisoning", RulesOnly.Classify(message).Rule);
    }

    [Theory]
    [InlineData("can my dad drive me home after? he's been staying with me since i tried to overdose on friday")]
    [InlineData("my brother attempted to take his own life two days ago, can he still start infusions")]
    [InlineData("my sister tried to end her life last night and is home now, do you see family members")]
    [InlineData("i attempted to od this weekend, is ketamine still an option")]
    public void Classify_AttemptInTheLastDays_IsACrisisByRule(string message)
    {
        Assert.Equal("crisis.recent-attempt", RulesOnly.Classify(message).Rule);
    }

    [Theory]
    [InlineData("i tried to overdose ten years ago, can i still do ketamine")]
    [InlineData("on sunday i tried to find your parking lot and couldnt")]
    public void Classify_DistantAttemptOrNoAttempt_IsNotARecentAttempt(string message)
    {
        Assert.NotEqual("crisis.recent-attempt", RulesOnly.Classify(message).Rule);
    }

    // None of the rules flags a data file's message that is not a crisis or an emergency (every bank, both halves, the
    // training, ordinary and question files, the regression set).
    [Fact]
    public void Classify_EveryMessageInTheData_RulesFireOnlyOnCrisesAndEmergencies()
    {
        var messages = TriageData.EveryMessage().ToList();

        var flagged = messages.Where(m => RulesOnly.Classify(m.Text).Rule is "crisis.es.overdose" or "emergency.poisoning" or "crisis.recent-attempt").ToList();

        Assert.True(flagged.Count >= 10, $"{flagged.Count} flagged");
        Assert.All(flagged, m => Assert.Contains(m.Kind, new[] { "crisis", "emergency" }));
    }
}
