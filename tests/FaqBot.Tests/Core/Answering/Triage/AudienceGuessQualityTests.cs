using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;
using Xunit.Abstractions;

namespace FaqBot.Tests.Core.Answering.Triage;

/// <summary>
/// Who the crisis card speaks to, on the seven triage banks' crisis messages whose category says who is at risk:
/// someone else in "someone-else-at-risk" and "third-party", the writer in every other category except the three that
/// mix both ("overdose-poisoning", "spanish", "crisis-in-question"), which are left out. The rules were written on
/// the tune halves (docs/benchmarks.md, triage round 16); the floors are the measured figures.
/// </summary>
public sealed class AudienceGuessQualityTests(ITestOutputHelper output)
{
    private static readonly string[] OtherCategories = ["someone-else-at-risk", "third-party"];
    private static readonly string[] MixedCategories = ["overdose-poisoning", "spanish", "crisis-in-question"];

    [Theory]
    [InlineData(true, 1_092, 1_108, 118, 123)]
    [InlineData(false, 1_015, 1_032, 102, 123)]
    public void Guess_CrisisMessagesOfKnownAudience_MeetTheFloors(bool tune, int selfFloor, int selfTotal, int otherFloor, int otherTotal)
    {
        var (self, selfCount, other, otherCount) = (0, 0, 0, 0);
        foreach (var example in CrisisMessages(tune))
        {
            var guess = TriageAudienceGuess.Guess(TriageText.Normalize(example.Text));
            if (OtherCategories.Contains(example.Category))
            {
                otherCount++;
                other += guess == TriageAudience.Other ? 1 : 0;
            }
            else
            {
                selfCount++;
                self += guess == TriageAudience.Self ? 1 : 0;
            }
        }

        output.WriteLine($"{(tune ? "tune" : "test")}: writer at risk {self}/{selfCount}, someone else {other}/{otherCount}");
        Assert.Equal((selfTotal, otherTotal), (selfCount, otherCount));
        Assert.True(self >= selfFloor, $"writer at risk {self}/{selfCount}, floor {selfFloor}");
        Assert.True(other >= otherFloor, $"someone else at risk {other}/{otherCount}, floor {otherFloor}");
    }

    [Theory]
    [InlineData("wrote a letter for each of my kids and put them in my nightstand", TriageAudience.Self)]
    [InlineData("ive been hoarding my wifes sleeping pills. she hasnt noticed yet", TriageAudience.Self)]
    [InlineData("My sister pays my rent and my meds. I'm a drain on her. She'd be better off if I just ended it.", TriageAudience.Self)]
    [InlineData("my uncle keeps his rifle unlocked and i know where the ammo is", TriageAudience.Self)]
    [InlineData("he estado guardando pastillas para cuando me decida", TriageAudience.Self)]
    [InlineData("my teenage son told me he wants to die", TriageAudience.Other)]
    [InlineData("my gf texted me 'goodbye i love you' and now shes not answering her phone", TriageAudience.Other)]
    [InlineData("mi hermano está en la azotea y dice que se va a aventar", TriageAudience.Other)]
    [InlineData("a guy in my group chat says he's going to off himself tonight", TriageAudience.Other)]
    public void Guess_WhoseSignsTheyAre_DecidesTheCard(string message, TriageAudience audience) =>
        Assert.Equal(audience, TriageAudienceGuess.Guess(TriageText.Normalize(message)));

    private static IEnumerable<TriageExample> CrisisMessages(bool tune) =>
        Enumerable.Range(1, 7)
            .Select(n => Path.Combine(Repo.Root, "tests", "data", n == 1 ? "triage-bank.jsonl" : $"triage-bank-{n}.jsonl"))
            .SelectMany(TriageBank.Read)
            .Where(e => e.Kind == "crisis" && TriageSplit.IsTune(e.Id) == tune && !MixedCategories.Contains(e.Category));
}
