namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>One tune-half message as the threshold search sees it: what the rules said and the out-of-fold scores.</summary>
/// <param name="Kind">The bank kind.</param>
/// <param name="RuleCaught">True when the trainer leaves this message out of the learned layer's account: a negative the
/// rules already flag (its false alarm is the rules', not the learned layer's), or a positive the rules catch when the
/// trainer counts only what they miss (the trainer counts every positive).</param>
/// <param name="Embedding">Out-of-fold embedding probability for the class, or null without embeddings.</param>
/// <param name="Lexical">Out-of-fold lexical probability for the class.</param>
public readonly record struct ScoredExample(string Kind, bool RuleCaught, double? Embedding, double Lexical);

/// <summary>
/// Chooses the two thresholds of one class (embedding, lexical) for recall: the pair that catches the most out-of-fold
/// positives not marked as caught while the false alarms stay within fixed budgets per negative group, fewest false alarms
/// among equals; then each threshold is lowered to the middle (in log-odds) of the gap below it, so an unseen
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
        var open = examples.Where(e => isPositive(e.Kind) && !e.RuleCaught).ToList();
        double[] embeddingCandidates = [Off, .. open.Where(e => e.Embedding is not null).Select(e => e.Embedding!.Value).Distinct().Order()];
        double[] lexicalCandidates = [Off, .. open.Select(e => e.Lexical).Distinct().Order()];
        var negatives = examples.Where(e => budgets.ContainsKey(e.Kind)).ToList();
        var allowed = budgets.ToDictionary(b => b.Key, b => (int)Math.Floor(b.Value * examples.Count(e => e.Kind == b.Key)));

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

    private static bool Fires(ScoredExample x, double e, double l) => (x.Embedding is { } p && p >= e) || x.Lexical >= l;

    // False alarms the learned layer adds (the rules' own are not its to spend), or −1 when a group's budget is exceeded.
    private static int Alarms(List<ScoredExample> negatives, double e, double l, Dictionary<string, int> allowed)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in negatives)
        {
            if (!x.RuleCaught && Fires(x, e, l))
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
        return below <= 0 ? threshold : LogisticRegression.Sigmoid((Logit(threshold) + Logit(below)) / 2);
    }

    private static double Logit(double p) => Math.Log(Math.Clamp(p, 1e-9, 1 - 1e-9) / (1 - Math.Clamp(p, 1e-9, 1 - 1e-9)));
}

/// <summary>The chosen thresholds and what they did on the tune half, out of fold.</summary>
/// <param name="Embedding">The embedding classifier's threshold (<see cref="ThresholdSearch.Off"/>: off).</param>
/// <param name="Lexical">The lexical classifier's threshold.</param>
/// <param name="Open">Positives counted (not marked as caught).</param>
/// <param name="Caught">Of those, how many the learned layer catches.</param>
/// <param name="Alarms">False alarms the learned layer adds.</param>
public sealed record ThresholdChoice(double Embedding, double Lexical, int Open, int Caught, int Alarms);
