namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// Scores triage decisions against bank kinds. Right means: crisis and emergency messages get help first (either
/// urgent kind, or the crisis watch band's card above the answer; how many got the other card, and how many the band's,
/// are counted too), noncrisis messages get no crisis resources (a watch-band card counts as a false alarm), advice is
/// referred without them, ordinary questions get neither (they reach retrieval, or small talk for "hello").
/// </summary>
public sealed class TriageEvaluation
{
    private readonly SortedDictionary<string, Tally> _byKind = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Tally> _byCategory = new(StringComparer.Ordinal);

    /// <summary>Misses, in the order seen.</summary>
    public List<(TriageExample Example, TriageResult Result)> Misses { get; } = [];

    /// <summary>Counts of each kind (right, total, and for urgent kinds how many got the other urgent card).</summary>
    public IReadOnlyDictionary<string, Tally> ByKind => _byKind;

    /// <summary>Counts of each "kind/category".</summary>
    public IReadOnlyDictionary<string, Tally> ByCategory => _byCategory;

    /// <summary>Whether <paramref name="result"/> is right for a message of bank kind <paramref name="kind"/>.</summary>
    public static bool IsRight(string kind, TriageResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return kind switch
        {
            "crisis" or "emergency" => result.ShowsCrisisResources,
            "noncrisis" => !result.ShowsCrisisResources,
            "advice" => result.Kind == TriageKind.Advice && !result.ShowsCrisisResources,
            _ => !result.ShowsCrisisResources && result.Kind != TriageKind.Advice,
        };
    }

    /// <summary>Adds one decision.</summary>
    public void Add(TriageExample example, TriageResult result)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentNullException.ThrowIfNull(result);
        var right = IsRight(example.Kind, result);
        var otherCard = (example.Kind == "crisis" && result.Kind == TriageKind.Emergency) || (example.Kind == "emergency" && result.Kind == TriageKind.Crisis);
        Count(_byKind, example.Kind, right, otherCard, result.CrisisWatch);
        Count(_byCategory, $"{example.Kind}/{example.Category}", right, otherCard, result.CrisisWatch);
        if (!right)
        {
            Misses.Add((example, result));
        }
    }

    private static void Count(SortedDictionary<string, Tally> tallies, string key, bool right, bool otherCard, bool watched)
    {
        var tally = tallies.GetValueOrDefault(key);
        tallies[key] = new Tally(tally.Right + (right ? 1 : 0), tally.Total + 1, tally.OtherCard + (otherCard ? 1 : 0), tally.Watched + (watched ? 1 : 0));
    }

    /// <summary>Right of total, urgent messages that got the other urgent card, and messages in the crisis watch band.</summary>
    public readonly record struct Tally(int Right, int Total, int OtherCard, int Watched = 0)
    {
        /// <summary>Right / total (NaN when empty).</summary>
        public double Rate => Total == 0 ? double.NaN : (double)Right / Total;
    }
}
