using FaqBot.Schema.Events;
using FaqBot.Core.Strings;

namespace FaqBot.Reports;

/// <summary>Groups alike questions: same words after normalising case and punctuation, or word sets with Jaccard similarity ≥ a threshold.</summary>
public static partial class QuestionGrouper
{
    /// <summary>The default minimum Jaccard similarity <c>|A ∩ B| / |A ∪ B|</c> of two questions' word sets to group them.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>Groups <paramref name="questions"/>, largest group first (ties: first asked first).</summary>
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<string> questions, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return Group(questions.Select(q => new QuestionCount(q, 1)), threshold);
    }

    /// <summary>Groups questions given with their counts, largest group first (ties: first listed first).</summary>
    /// <remarks>
    /// Greedy: each wording, most frequent first, joins the oldest group whose seed (first wording) is alike, else seeds a
    /// new group. A prefix filter finds the few groups that can be alike, so 200,000 wordings take well under a second.
    /// </remarks>
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<QuestionCount> questions, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var variants = CountVariants(questions);

        // The filter needs a positive threshold: at 0 (or NaN) even disjoint word sets would be "alike".
        var groups = threshold > 0 ? GroupWithPrefixFilter(variants, threshold) : GroupByScanning(variants, threshold);
        return Order(groups);
    }

    /// <summary>Lower case, punctuation dropped, words separated by single spaces.</summary>
    public static string Normalize(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        // One pass in one buffer (it runs for every distinct wording): the output never overtakes the input.
        var buffer = question.Length <= 256 ? stackalloc char[question.Length] : new char[question.Length];
        question.AsSpan().ToLowerInvariant(buffer);
        var length = 0;
        var separated = false;
        foreach (var c in buffer)
        {
            // Apostrophes vanish ("what's" = "whats"); every other non-letter/digit separates words.
            if (char.IsLetterOrDigit(c))
            {
                if (separated && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = c;
                separated = false;
            }
            else if (c is not ('\'' or '\u2019'))
            {
                separated = true;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The plain greedy algorithm (every wording compared with every group): the reference the fast one must equal.</summary>
    internal static IReadOnlyList<QuestionGroup> GroupByScanning(IEnumerable<QuestionCount> questions, double threshold) =>
        Order(GroupByScanning(CountVariants(questions), threshold));

    // Exact variants (after normalising) counted, most frequent first (ties: first seen), so each group's seed is its commonest wording.
    private static List<Variant> CountVariants(IEnumerable<QuestionCount> questions)
    {
        var variants = new Dictionary<string, Variant>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (question, count) in questions)
        {
            var key = Normalize(question);
            if (key.Length == 0)
            {
                continue;
            }

            variants[key] = variants.TryGetValue(key, out var seen) ? seen with { Count = seen.Count + count } : new Variant(key, question.Trim(), count, index);
            index++;
        }

        return [.. variants.Values.OrderByDescending(v => v.Count).ThenBy(v => v.FirstSeen)];
    }

    private static List<GroupTally> GroupByScanning(List<Variant> variants, double threshold)
    {
        var seeds = new List<HashSet<string>>();
        var groups = new List<GroupTally>();
        foreach (var variant in variants)
        {
            var words = variant.Key.Split(' ').ToHashSet(StringComparer.Ordinal);

            // Comparing with the seed, not the growing group, keeps groups from drifting.
            var match = seeds.FindIndex(seed => Jaccard.Similarity(seed, words) >= threshold);
            if (match < 0)
            {
                seeds.Add(words);
                groups.Add(new GroupTally(variant.Original, variant.Count, variant.FirstSeen));
            }
            else
            {
                groups[match].Add(variant);
            }
        }

        return groups;
    }

    private static List<QuestionGroup> Order(List<GroupTally> groups) =>
        [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.FirstSeen).Select(g => new QuestionGroup(g.Representative, g.Count))];

    private readonly record struct Variant(string Key, string Original, int Count, int FirstSeen);

    private sealed class GroupTally(string representative, int count, int firstSeen)
    {
        public string Representative { get; } = representative;

        public int Count { get; private set; } = count;

        public int FirstSeen { get; private set; } = firstSeen;

        public void Add(Variant variant)
        {
            Count += variant.Count;
            FirstSeen = Math.Min(FirstSeen, variant.FirstSeen);
        }
    }
}
