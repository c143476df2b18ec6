using System.Globalization;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Cli.Commands;

/// <summary>
/// Picks the answer threshold with the best score on the given probabilities: the share of answerable questions answered
/// correctly, minus four times any shortfall below the quoting target (quoting replies correct) and below 85 % of
/// unanswerable questions abstained. The targets are soft: a threshold 0.02 short of one is taken when it answers
/// more than 0.08 more answerable questions correctly.
/// </summary>
internal static class ThresholdChooser
{
    /// <summary>The default share of quoting replies that must quote the evidence (docs/benchmarks.md: why not 0.95).</summary>
    public const double DefaultQuotingTarget = 0.90;

    public const double AbstainTarget = 0.85;

    /// <summary>The trade-off at a few thresholds, for choosing another policy (Search:AnswerAbove).</summary>
    public static IEnumerable<string> Table(IReadOnlyList<double> probabilities, IReadOnlyList<FitExample> examples)
    {
        foreach (var threshold in (double[])[0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9])
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  answer_above={threshold:F2}: {Figures(probabilities, examples, threshold).Text}");
        }

        foreach (var target in (double[])[0.80, 0.85, 0.88, 0.90, 0.92, 0.95])
        {
            var (threshold, text) = Choose(probabilities, examples, target);
            yield return string.Create(CultureInfo.InvariantCulture, $"  quoting target {target:F2}: answer_above={threshold:F3} {text}");
        }
    }

    public static (double Threshold, string Figures) Choose(IReadOnlyList<double> probabilities, IReadOnlyList<FitExample> examples, double quotingTarget) =>
        ChooseAcross([(probabilities, examples)], quotingTarget);

    /// <summary>The threshold with the best mean score over several knowledge bases' questions (one group each), so a
    /// small bank counts as much as a large one; the figures of each group, separated by " | ".</summary>
    public static (double Threshold, string Figures) ChooseAcross(
        IReadOnlyList<(IReadOnlyList<double> Probabilities, IReadOnlyList<FitExample> Examples)> groups, double quotingTarget)
    {
        var candidates = groups.SelectMany(g => g.Probabilities).Distinct().Order().Append(1.01).ToList();
        var best = (Threshold: 0.5, Score: double.MinValue, Figures: "");
        foreach (var threshold in candidates)
        {
            var figures = groups.Select(g => Figures(g.Probabilities, g.Examples, threshold)).ToList();
            var score = figures.Average(f => f.Hit - (4 * Math.Max(0, quotingTarget - f.Quoting)) - (4 * Math.Max(0, AbstainTarget - f.Abstain)));
            if (score > best.Score)
            {
                best = (threshold, score, string.Join(" | ", figures.Select(f => f.Text)));
            }
        }

        return (Math.Min(best.Threshold, 1), best.Figures);
    }

    /// <summary>The figures of <paramref name="examples"/> at <paramref name="threshold"/>.</summary>
    public static string FiguresAt(IReadOnlyList<double> probabilities, IReadOnlyList<FitExample> examples, double threshold) =>
        Figures(probabilities, examples, threshold).Text;

    private static (double Hit, double Quoting, double Abstain, string Text) Figures(IReadOnlyList<double> probabilities, IReadOnlyList<FitExample> examples, double threshold)
    {
        int answered = 0, right = 0, answerable = 0, unanswerable = 0, abstained = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            var answers = probabilities[i] >= threshold;
            answerable += examples[i].Answerable ? 1 : 0;
            unanswerable += examples[i].Answerable ? 0 : 1;
            abstained += !examples[i].Answerable && !answers ? 1 : 0;
            answered += answers ? 1 : 0;
            right += answers && examples[i].Correct ? 1 : 0;
        }

        var hit = answerable == 0 ? 0 : (double)right / answerable;
        var quoting = answered == 0 ? 1 : (double)right / answered;
        var abstain = unanswerable == 0 ? 1 : (double)abstained / unanswerable;
        return (hit, quoting, abstain, string.Create(CultureInfo.InvariantCulture, $"answerable_top3={hit:F3} abstain={abstain:F3} quoting_correct={quoting:F3}"));
    }

    // Each question's probability from a model fitted without its fold (folds by position), so the threshold is
    // chosen on probabilities the model did not see, as it will meet new questions.
    public static List<double> CrossValidatedProbabilities(IReadOnlyList<double[]> rows, IReadOnlyList<int> labels, int folds)
    {
        var probabilities = new double[rows.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var trainRows = rows.Where((_, i) => i % folds != fold).ToList();
            var trainLabels = labels.Where((_, i) => i % folds != fold).ToList();
            var model = LogisticRegression.Fit(trainRows, trainLabels);
            for (var i = fold; i < rows.Count; i += folds)
            {
                probabilities[i] = model.Predict(rows[i]);
            }
        }

        return [.. probabilities];
    }
}
