using System.Text;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Synthetic;

/// <summary>
/// Generates a knowledge base many times larger than a real one, for benchmarks: each copy of each passage
/// keeps about three quarters of its words and replaces the rest with words from a Zipf-distributed
/// vocabulary of made-up words, so term statistics look like a real, growing corpus (common words in
/// most passages, a long tail of rare ones). Deterministic for a given seed.
/// </summary>
public static class SyntheticCorpus
{
    private const int VocabularySize = 60_000;
    private const double ReplaceShare = 0.25;
    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ra", "ten", "vor", "sel", "pu", "dri", "nax", "quo", "ble", "fen", "gar", "hul", "zim", "oth", "ur", "ix", "an"];

    /// <summary>Returns <paramref name="scale"/> mutated copies of every passage in <paramref name="seed"/>.</summary>
    public static List<Passage> Generate(IReadOnlyList<Passage> seed, int scale, int randomSeed = 42)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        var random = new Random(randomSeed);
        var vocabulary = MakeVocabulary(random);
        var zipf = ZipfTable(VocabularySize);
        var result = new List<Passage>(seed.Count * scale);
        for (var copy = 1; copy <= scale; copy++)
        {
            foreach (var passage in seed)
            {
                var text = Mutate(passage.Text, random, vocabulary, zipf);
                var file = $"synthetic/{copy:D4}/{passage.SourceFile}";
                var id = $"{copy:D4}-{passage.Id}";
                result.Add(passage with { Id = id, SourceFile = file, Text = text, DocumentTitle = $"{passage.DocumentTitle} ({copy})" });
            }
        }

        return result;
    }

    /// <summary>Writes passages as plain-text documents (heading line, then one paragraph per line) under <paramref name="directory"/>.</summary>
    public static void Write(IEnumerable<Passage> passages, string directory)
    {
        ArgumentNullException.ThrowIfNull(passages);
        foreach (var document in passages.GroupBy(p => p.SourceFile))
        {
            var path = Path.Combine(directory, document.Key.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var sb = new StringBuilder();
            sb.Append(document.First().DocumentTitle).Append("\n\n");
            string? heading = null;
            foreach (var passage in document)
            {
                if (passage.Heading is not null && passage.Heading != heading)
                {
                    heading = passage.Heading;
                    sb.Append(heading).Append("\n\n");
                }

                sb.Append(passage.Text.Replace('\n', ' ')).Append("\n\n");
            }

            File.WriteAllText(path, sb.ToString());
        }
    }

    private static string Mutate(string text, Random random, string[] vocabulary, double[] zipf)
    {
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (random.NextDouble() < ReplaceShare)
            {
                sb.Append(vocabulary[Sample(random, zipf)]);
            }
            else
            {
                sb.Append(text, start, i - start);
            }
        }

        return sb.ToString();
    }

    private static string[] MakeVocabulary(Random random)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < VocabularySize)
        {
            var length = 2 + random.Next(3);
            var sb = new StringBuilder();
            for (var s = 0; s < length; s++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }

            words.Add(sb.ToString());
        }

        return [.. words];
    }

    private static double[] ZipfTable(int size)
    {
        var cumulative = new double[size];
        double sum = 0;
        for (var r = 0; r < size; r++)
        {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }

        for (var r = 0; r < size; r++)
        {
            cumulative[r] /= sum;
        }

        return cumulative;
    }

    private static int Sample(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return index >= 0 ? index : Math.Min(~index, cumulative.Length - 1);
    }
}
