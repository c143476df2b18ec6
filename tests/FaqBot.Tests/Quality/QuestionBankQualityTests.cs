using FaqBot.Core.Evaluation;
using FaqBot.Tests.TestSupport;
using Xunit.Abstractions;

namespace FaqBot.Tests.Quality;

/// <summary>
/// The question bank's TEST half (tests/data/questions.jsonl; SHA-256 split rule) through the default engine: the
/// figures docs/benchmarks.md reports, as floors that fail the build if a change makes them drop. Deterministic: the
/// same index, model and vectors give the same answers. Never tune on these; the tune half is for fitting.
/// </summary>
public sealed class QuestionBankQualityTests(ITestOutputHelper output)
{
    private static readonly Lazy<(EvalFigures Tune, EvalFigures Test)> Figures = new(() =>
    {
        var tune = new EvalTally();
        var test = new EvalTally();
        foreach (var item in BankItem.ReadAll(Repo.Data("questions.jsonl")))
        {
            var answer = SeedEngine.Instance.AskUncached(item.Question);
            (item.IsTune ? tune : test).Add(item.Kind, answer, item.Evidence);
        }

        return (tune.Figures, test.Figures);
    });

    [Fact]
    public void TestHalf_FiguresHoldTheirMeasuredFloors()
    {
        var (tune, test) = Figures.Value;
        output.WriteLine($"tune: {tune}");
        output.WriteLine($"test: {test}");

        Assert.Equal(164, test.Answerable);
        Assert.Equal(62, test.Unanswerable);
        // Refitted with a second file of training questions (tests/data/questions-train-2.jsonl): top 3 0.689 → 0.780 and
        // MRR@3 0.620 → 0.692, for abstained 0.952 → 0.935 and quoting replies correct 0.883 → 0.865; triage round 4 let
        // one more question reach retrieval (quoting 0.859); a third file, chosen on the tune half's cross-validation
        // (0.782 → 0.787 top 3, abstained 0.907 → 0.963), measured lower here: top 3 0.756, MRR@3 0.670, quoting 0.855
        // (docs/benchmarks.md). Round 6, the fusion weighing the labelled questions' evidence passages (fitted with each
        // question ranked by the other authors' questions): top 3 0.762 → 0.854, MRR@3 0.676 → 0.776, abstained
        // 0.935 → 0.903 (the threshold fell 0.499 → 0.340), quoting replies correct 0.862 → 0.875. Round 8, chat spellings
        // of fillers ("wat", "abt", "idk") as stop words and "booklet", "handout"… as generic words: top 3 0.854 → 0.872,
        // MRR@3 0.776 → 0.787, abstained 0.903 → 0.887 (threshold 0.341 → 0.216), quoting replies correct 0.875 → 0.872.
        // Round 9, a fourth file of training questions (a fifth author among the labelled questions): top 3 0.872 → 0.890,
        // MRR@3 0.787 → 0.830, abstained 0.887 (threshold 0.216 → 0.214), quoting replies correct 0.872 → 0.880; and a
        // fifth file (a sixth author): top 3 0.890 → 0.902, MRR@3 0.830 → 0.842, abstained 0.887 → 0.855 (threshold
        // 0.214 → 0.181), quoting replies correct 0.880 → 0.881.
        Assert.True(test.HitK >= 0.90, $"answerable top-3 {test.HitK:F3}");
        Assert.True(test.MrrK >= 0.84, $"MRR@3 {test.MrrK:F3}");
        Assert.True(test.AbstainOk >= 0.85, $"unanswerable abstained {test.AbstainOk:F3}");
        Assert.True(test.QuotingCorrect >= 0.875, $"quoting replies correct {test.QuotingCorrect:F3}");
    }
}
