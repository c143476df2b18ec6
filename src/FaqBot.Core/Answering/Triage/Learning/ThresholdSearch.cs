namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>One tune-half message as the threshold search sees it: what the rules said and the out-of-fold scores.</summary>
/// <param name="Kind">The bank kind.</param>
/// <param name="RuleCaught">For a negative: the rules already flag it, so it counts as a false alarm whatever the
/// thresholds (the budget counts the rules' alarms and the learned layer's together). For a positive: left out of the
/// positives to catch (the trainer marks none: it counts every positive).</param>
/// <param name="Embedding">Out-of-fold embedding probability for the class, or null without embeddings.</param>
/// <param name="Lexical">Out-of-fold lexical probability for the class.</param>
/// <param name="Joint">The joint classifier's probability over the two out-of-fold scores, or null without one.</param>
public readonly record struct ScoredExample(string Kind, bool RuleCaught, double? Embedding, double Lexical, double? Joint = null);

/// <summary>
/// Chooses the two thresholds of one class (embedding, lexical) for recall: the pair that catches the most out-of-fold
/// positives not marked as caught while the false alarms stay within fixed budgets per negative group, fewest false alarms
/// among equals. With joint scores (<see cref="ScoredExample.Joint"/>) it chooses three (<see cref="ChooseWithJoint"/>).
/// Then each threshold is lowered to the middle (in log-odds) of the gap below it, so an unseen
/// positive a little weaker than the weakest tune one is still caught without a tune false alarm more.
/// </summary>
public static class ThresholdSearch
{
    /// <summary>A threshold no probability reaches: the view is off for this class.</summary>
    public const double Off = 2.0;

    /// <summary>The chosen (embedding, lexical) thresholds.</summary>
    /// <param name="examples">Scored tune-half messages.</param>
    /// <param name="isPositive">Which kinds must be caught.</param>
    /// <param name="budgets">For each negative kind, the largest share of it the learned layer may flag.</param>
    public static ThresholdChoice Choose(IReadOnlyList<ScoredExample> examples, Func<string, bool> isPositive, IReadOnlyDictionary<string, double> budgets)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(isPositive);
        ArgumentNullException.ThrowIfNull(budgets);
        if (examples.Any(e => e.Joint is not null))
        {
            return ChooseWithJoint(examples, isPositive, budgets, singleViews: true);
        }

        var open = examples.Where(e => isPositive(e.Kind) && !e.RuleCaught).ToList();
        double[] embeddingCandidates = [Off, .. open.Where(e => e.Embedding is not null).Select(e => e.Embedding!.Value).Distinct().Order()];
        double[] lexicalCandidates = [Off, .. open.Select(e => e.Lexical).Distinct().Order()];
        var negatives = examples.Where(e => budgets.ContainsKey(e.Kind)).ToList();
        var allowed = Allowed(examples, budgets);

        var best = (Caught: -1, Alarms: int.MaxValue, E: Off, L: Off);
        foreach (var e in embeddingCandidates)
        {
            foreach (var l in lexicalCandidates)
            {
                var alarms = Alarms(negatives, e, l, allowed);
                if (alarms < 0)
                {
                    continue;
                }

                var caught = open.Count(x => Fires(x, e, l));
                if (caught > best.Caught || (caught == best.Caught && alarms < best.Alarms))
                {
                    best = (caught, alarms, e, l);
                }
            }
        }

        return new ThresholdChoice(
            Widen(best.E, examples.Where(x => !isPositive(x.Kind)).Select(x => x.Embedding)),
            Widen(best.L, examples.Where(x => !isPositive(x.Kind)).Select(x => (double?)x.Lexical)),
            open.Count, best.Caught, best.Alarms);
    }

    /// <summary>
    /// The three thresholds (embedding, lexical, joint) that catch the most open positives within the budgets, fewest
    /// false alarms among equals. The joint view carries the decision: for each pair of single-view thresholds from a
    /// coarse grid (a share of the positives above it; the embedding's may also be off, the lexical one only when no grid
    /// value keeps within the budgets alone), the joint threshold is the lowest that keeps every group
    /// within its budget. Each is then widened as in <see cref="Choose"/>.
    /// </summary>
    /// <param name="examples">Scored tune-half messages, each with its joint score.</param>
    /// <param name="isPositive">Which kinds must be caught.</param>
    /// <param name="budgets">For each negative kind, the largest share of it the learned layer may flag.</param>
    /// <param name="singleViews">False: only the joint view may fire (the crisis watch band).</param>
    public static ThresholdChoice ChooseWithJoint(IReadOnlyList<ScoredExample> examples, Func<string, bool> isPositive, IReadOnlyDictionary<string, double> budgets, bool singleViews)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(isPositive);
        ArgumentNullException.ThrowIfNull(budgets);
        var open = examples.Where(e => isPositive(e.Kind) && !e.RuleCaught).ToList();
        var negatives = examples.Where(e => budgets.ContainsKey(e.Kind)).ToList();
        var allowed = Allowed(examples, budgets);
        double[] embeddingGrid = singleViews ? [Off, .. Grid(open.Select(x => x.Embedding ?? 0))] : [Off];
        // The lexical view stays on whenever it can within the budgets: it alone scores every part of a long paste, so a
        // crisis sentence deep in one (where the embedding, which reads the start, cannot see it) still raises the class.
        double[] lexicalGrid = singleViews ? [.. Grid(open.Select(x => x.Lexical)).Where(l => Alarms(negatives, Off, l, allowed) >= 0)] : [];
        lexicalGrid = lexicalGrid.Length == 0 ? [Off] : lexicalGrid;
        double[] jointCandidates = [.. open.Select(x => x.Joint ?? 0).Distinct().Order(), Off];

        var best = (Caught: -1, Alarms: int.MaxValue, E: Off, L: Off, J: Off);
        foreach (var e in embeddingGrid)
        {
            foreach (var l in lexicalGrid)
            {
                if (LowestJoint(negatives, e, l, allowed, jointCandidates) is not { } j)
                {
                    continue;
                }

                var caught = open.Count(x => Fires(x, e, l) || x.Joint >= j);
                var alarms = negatives.Count(x => Flagged(x, e, l) || x.Joint >= j);
                if (caught > best.Caught || (caught == best.Caught && alarms < best.Alarms))
                {
                    best = (caught, alarms, e, l, j);
                }
            }
        }

        var others = examples.Where(x => !isPositive(x.Kind)).ToList();
        return new ThresholdChoice(
            Widen(best.E, others.Select(x => x.Embedding)), Widen(best.L, others.Select(x => (double?)x.Lexical)), open.Count, best.Caught, best.Alarms)
        {
            Joint = Widen(best.J, others.Select(x => x.Joint)),
        };
    }

    // Single-view thresholds worth trying: the scores above which a share of the positives lie, from half of them to 1 %.
    private static IEnumerable<double> Grid(IEnumerable<double> positiveScores)
    {
        var sorted = positiveScores.Order().ToArray();
        return sorted.Length == 0 ? [] : GridShares.Select(q => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))]).Distinct();
    }

    private static readonly double[] GridShares = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.99];

    // The lowest joint candidate that keeps every group within its budget beside the single views' alarms, or null
    // when the single views alone exceed a budget. Per group, the joint threshold must pass the highest joint score the
    // group's remaining budget cannot absorb.
    private static double? LowestJoint(List<ScoredExample> negatives, double e, double l, Dictionary<string, int> allowed, double[] candidates)
    {
        var floor = double.NegativeInfinity;
        foreach (var group in negatives.GroupBy(x => x.Kind))
        {
            var left = allowed[group.Key] - group.Count(x => Flagged(x, e, l));
            if (left < 0)
            {
                return null;
            }

            var remaining = group.Where(x => !Flagged(x, e, l)).Select(x => x.Joint ?? 0).OrderDescending().ToList();
            if (remaining.Count > left)
            {
                floor = Math.Max(floor, remaining[left]);
            }
        }

        return candidates.First(c => c > floor || c >= Off);
    }

    private static bool Fires(ScoredExample x, double e, double l) => (x.Embedding is { } p && p >= e) || x.Lexical >= l;

    // A negative gets the card when the rules flag it or the learned layer fires on it.
    private static bool Flagged(ScoredExample x, double e, double l) => x.RuleCaught || Fires(x, e, l);

    // Each group's budget in messages, never below what the rules flag in it alone: a rule that flags more ordinary
    // messages than the budget leaves the learned layer no room in that group, but never switches the class off.
    private static Dictionary<string, int> Allowed(IReadOnlyList<ScoredExample> examples, IReadOnlyDictionary<string, double> budgets) =>
        budgets.ToDictionary(b => b.Key, b => Math.Max(
            (int)Math.Floor(b.Value * examples.Count(e => e.Kind == b.Key)), examples.Count(e => e.Kind == b.Key && e.RuleCaught)));

    // False alarms, the rules' and the learned layer's together, or −1 when a group's budget is exceeded: a rule that
    // stops flagging an ordinary message frees room for the learned layer instead of taking it away.
    private static int Alarms(List<ScoredExample> negatives, double e, double l, Dictionary<string, int> allowed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in negatives)
        {
            if (Flagged(x, e, l))
            {
                counts[x.Kind] = counts.GetValueOrDefault(x.Kind) + 1;
            }
        }

        return counts.Any(c => c.Value > allowed[c.Key]) ? -1 : counts.Values.Sum();
    }

    private static double Widen(double threshold, IEnumerable<double?> negativeScores)
    {
        if (threshold >= Off)
        {
            return Off;
        }

        var below = negativeScores.Where(s => s is not null && s < threshold).Select(s => s!.Value).DefaultIfEmpty(0).Max();
        return below <= 0 ? threshold : LogisticRegression.Sigmoid((LogisticRegression.Logit(threshold) + LogisticRegression.Logit(below)) / 2);
    }
}

/// <summary>The chosen thresholds and what they did on the tune half, out of fold.</summary>
/// <param name="Embedding">The embedding classifier's threshold (<see cref="ThresholdSearch.Off"/>: off).</param>
/// <param name="Lexical">The lexical classifier's threshold.</param>
/// <param name="Open">Positives counted (not marked as caught).</param>
/// <param name="Caught">Of those, how many the learned layer catches.</param>
/// <param name="Alarms">False alarms on the tune half, the rules' and the learned layer's together.</param>
public sealed record ThresholdChoice(double Embedding, double Lexical, int Open, int Caught, int Alarms)
{
    /// <summary>The joint classifier's threshold (<see cref="ThresholdSearch.Off"/>: none).</summary>
    public double Joint { get; init; } = ThresholdSearch.Off;
}
