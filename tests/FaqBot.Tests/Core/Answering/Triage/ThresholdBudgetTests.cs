using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

// The false-alarm budget counts the rules' alarms and the learned layer's together (triage round 13): a rule that stops
// flagging an ordinary message frees room for the learned layer instead of raising its threshold.
public sealed class ThresholdBudgetTests
{
    // Ten ordinary messages may raise two alarms between them.
    private static readonly Dictionary<string, double> TwoInTen = new() { ["noncrisis"] = 0.2 };

    [Fact]
    public void ChooseWithJoint_RuleFlagsTwoOrdinaryMessages_LearnedLayerMayFlagNone()
    {
        var choice = ThresholdSearch.ChooseWithJoint(Examples(ruleFlagged: 2), k => k == "crisis", TwoInTen, singleViews: false);

        // The positives at 0.7 and 0.8 stay above the threshold only if the ordinary messages at 0.75 and 0.9 are caught too.
        Assert.Equal((2, 0, 2), (choice.Open, choice.Caught, choice.Alarms));
    }

    [Fact]
    public void ChooseWithJoint_RuleFlagsNone_LearnedLayerSpendsTheBudget()
    {
        var choice = ThresholdSearch.ChooseWithJoint(Examples(ruleFlagged: 0), k => k == "crisis", TwoInTen, singleViews: false);

        Assert.Equal((2, 2, 2), (choice.Open, choice.Caught, choice.Alarms));
        Assert.True(choice.Joint <= 0.7, $"joint threshold {choice.Joint}");
    }

    [Fact]
    public void Choose_RuleAlarmsCountAgainstTheBudget()
    {
        var examples = Examples(ruleFlagged: 2).Select(e => e with { Joint = null, Embedding = e.Joint }).ToList();

        var tight = ThresholdSearch.Choose(examples, k => k == "crisis", TwoInTen);
        var loose = ThresholdSearch.Choose(examples, k => k == "crisis", new Dictionary<string, double> { ["noncrisis"] = 0.4 });

        Assert.Equal(0, tight.Caught);
        Assert.Equal((2, 4), (loose.Caught, loose.Alarms));
    }

    [Fact]
    public void ChooseWithJoint_RulesAloneOverTheBudget_ClassStaysOnAboveEveryOrdinaryScore()
    {
        var examples = Examples(ruleFlagged: 2);
        examples.Add(new ScoredExample("crisis", false, null, 0.5, 0.95));

        var choice = ThresholdSearch.ChooseWithJoint(examples, k => k == "crisis", new Dictionary<string, double> { ["noncrisis"] = 0.1 }, singleViews: false);

        Assert.Equal((3, 1, 2), (choice.Open, choice.Caught, choice.Alarms));
        Assert.InRange(choice.Joint, 0.9 + 1e-9, 0.95);
    }

    // Two crisis messages (0.7, 0.8); ten ordinary ones, two of them scoring 0.75 and 0.9, the rest 0.1; the first
    // ruleFlagged of the low-scoring ordinary ones are flagged by the rules.
    private static List<ScoredExample> Examples(int ruleFlagged)
    {
        List<ScoredExample> examples =
        [
            new("crisis", false, null, 0.5, 0.7),
            new("crisis", false, null, 0.5, 0.8),
            new("noncrisis", false, null, 0.5, 0.75),
            new("noncrisis", false, null, 0.5, 0.9),
        ];
        examples.AddRange(Enumerable.Range(0, 8).Select(i => new ScoredExample("noncrisis", i < ruleFlagged, null, 0.5, 0.1)));
        return examples;
    }
}
