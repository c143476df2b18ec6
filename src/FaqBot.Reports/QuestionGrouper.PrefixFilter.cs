namespace FaqBot.Reports;

// Prefix filtering (as in similarity joins): order all words rarest first. If J(A, B) ≥ t then |A ∩ B| ≥ t·|A| and
// ≥ t·|B|, so A's first |A| − ⌈t·|A|⌉ + 1 words and B's first |B| − ⌈t·|B|⌉ + 1 words share at least one word.
// Each seed is indexed by its prefix words only; a wording is compared (exactly, as the scan does) only with the
// seeds found through its own prefix words, oldest first, so the first alike seed is the one the scan would find.
public static partial class QuestionGrouper
{
    // Guards ⌈t·n⌉ against rounding up a product such as 0.7 × 10 = 7.000000000000001: a longer prefix is always safe.
    private const double RoundingSlack = 1e-9;

    private static List<GroupTally> GroupWithPrefixFilter(List<Variant> variants, double threshold)
    {
        var wordSets = RankWords(variants);
        var postings = new List<int>?[wordSets.WordCount];
        var seeds = new List<int[]>();
        var groups = new List<GroupTally>();
        var lists = new List<List<int>>();
        var positions = new List<int>();
        var cursors = new List<int>();
        for (var v = 0; v < variants.Count; v++)
        {
            var words = wordSets.Sets[v];
            var prefix = PrefixLength(words.Length, threshold);
            lists.Clear();
            positions.Clear();
            for (var p = 0; p < prefix; p++)
            {
                if (postings[words[p]] is { } seedsWithWord)
                {
                    lists.Add(seedsWithWord);
                    positions.Add(p);
                }
            }

            var match = FirstAlikeSeed(lists, positions, cursors, seeds, words, threshold);
            if (match >= 0)
            {
                groups[match].Add(variants[v]);
                continue;
            }

            var id = groups.Count;
            groups.Add(new GroupTally(variants[v].Original, variants[v].Count, variants[v].FirstSeen));
            seeds.Add(words);
            for (var p = 0; p < prefix; p++)
            {
                (postings[words[p]] ??= []).Add(id);
            }
        }

        return groups;
    }

    // Walks the posting lists (each ascending) merged, oldest seed first, and stops at the first alike one: most wordings
    // join a group, so most walks end early. A seed on several lists is met once per list; only the first is checked:
    // that list's word is the rarest word the two share (any rarer shared word would be in both prefixes and on an
    // earlier list), so at most 1 + the words after it in either set can be shared (positional filter).
    private static int FirstAlikeSeed(List<List<int>> lists, List<int> positions, List<int> cursors, List<int[]> seeds, int[] words, double threshold)
    {
        cursors.Clear();
        cursors.AddRange(Enumerable.Repeat(0, lists.Count));
        var previous = -1;
        while (true)
        {
            var next = int.MaxValue;
            var from = -1;
            for (var l = 0; l < lists.Count; l++)
            {
                if (cursors[l] < lists[l].Count && lists[l][cursors[l]] < next)
                {
                    next = lists[l][cursors[l]];
                    from = l;
                }
            }

            if (from < 0)
            {
                return -1;
            }

            cursors[from]++;
            if (next == previous)
            {
                continue;
            }

            previous = next;
            var seed = seeds[next];

            // Length filter: J ≥ t needs t·|B| ≤ |A| ≤ |B|/t. Then J ≥ t needs |A ∩ B| ≥ t·(|A| + |B|) / (1 + t).
            if (threshold * seed.Length > words.Length + RoundingSlack || threshold * words.Length > seed.Length + RoundingSlack)
            {
                continue;
            }

            var i = positions[from];
            var j = Array.BinarySearch(seed, words[i]);
            var mostShared = 1 + Math.Min(words.Length - i - 1, seed.Length - j - 1);
            if (mostShared * (1 + threshold) >= (threshold * (words.Length + seed.Length)) - RoundingSlack && JaccardOfSortedIds(seed, words) >= threshold)
            {
                return next;
            }
        }
    }

    private static int PrefixLength(int size, double threshold)
    {
        var overlap = Math.Max(1, (int)Math.Ceiling((threshold * size) - RoundingSlack));
        return Math.Clamp(size - overlap + 1, 0, size);
    }

    // Jaccard.Similarity's value (the same two integers divided) on this filter's own representation: each wording as
    // its sorted word ids, so the hot loop over 200,000 wordings merges two int arrays instead of hashing strings.
    // QuestionGrouperEquivalenceTests holds the fast grouping equal to the plain one built on Jaccard.Similarity.
    private static double JaccardOfSortedIds(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = a.Length + b.Length - common;
        return union == 0 ? 0 : (double)common / union;
    }

    // Each variant's distinct words as ids sorted rarest first (fewest variants containing the word, then ordinal).
    private static (int[][] Sets, int WordCount) RankWords(List<Variant> variants)
    {
        var split = variants.Select(v => v.Key.Split(' ').Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in split.SelectMany(w => w))
        {
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        }

        var rank = new Dictionary<string, int>(frequency.Count, StringComparer.Ordinal);
        foreach (var word in frequency.OrderBy(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key))
        {
            rank[word] = rank.Count;
        }

        var sets = new int[split.Length][];
        for (var i = 0; i < split.Length; i++)
        {
            sets[i] = [.. split[i].Select(w => rank[w]).Order()];
        }

        return (sets, rank.Count);
    }
}
