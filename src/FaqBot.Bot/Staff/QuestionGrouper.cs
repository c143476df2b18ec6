using System.Globalization;
using System.Text;
using FaqBot.Bot.Events;

namespace FaqBot.Bot.Staff;

/// <summary>Groups alike questions: same words after normalising case and punctuation, or word sets with Jaccard similarity ≥ a threshold.</summary>
public static class QuestionGrouper
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
    public static IReadOnlyList<QuestionGroup> Group(IEnumerable<QuestionCount> questions, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(questions);

        // Exact variants (after normalising) first, counted, most frequent first, so each group's seed is its commonest wording.
        var variants = new Dictionary<string, (string Original, int Count, int FirstSeen)>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (question, count) in questions)
        {
            var key = Normalize(question);
            if (key.Length == 0)
            {
                continue;
            }

            variants[key] = variants.TryGetValue(key, out var seen) ? seen with { Count = seen.Count + count } : (question.Trim(), count, index);
            index++;
        }

        var groups = new List<(HashSet<string> Words, string Representative, int Count, int FirstSeen)>();
        foreach (var (key, variant) in variants.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Value.FirstSeen))
        {
            var words = key.Split(' ').ToHashSet(StringComparer.Ordinal);

            // Greedy: join the first (largest) group whose seed is alike; comparing with the seed keeps groups from drifting.
            var match = groups.FindIndex(g => Jaccard(g.Words, words) >= threshold);
            if (match < 0)
            {
                groups.Add((words, variant.Original, variant.Count, variant.FirstSeen));
            }
            else
            {
                var group = groups[match];
                groups[match] = group with { Count = group.Count + variant.Count, FirstSeen = Math.Min(group.FirstSeen, variant.FirstSeen) };
            }
        }

        return [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.FirstSeen).Select(g => new QuestionGroup(g.Representative, g.Count))];
    }

    /// <summary>Lower case, punctuation dropped, words separated by single spaces.</summary>
    public static string Normalize(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var sb = new StringBuilder(question.Length);
        foreach (var c in question.ToLower(CultureInfo.InvariantCulture))
        {
            // Apostrophes vanish ("what's" = "whats"); every other non-letter/digit separates words.
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is not ('\'' or '\u2019'))
            {
                sb.Append(' ');
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The Jaccard similarity of two word sets; 0 when both are empty.</summary>
    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var common = a.Count(b.Contains);
        var union = a.Count + b.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }
}
