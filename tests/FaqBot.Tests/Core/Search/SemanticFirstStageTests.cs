using FaqBot.Core.Search;
using FaqBot.Core.Semantics;

namespace FaqBot.Tests.Core.Search;

// Past SentenceStageDepth passages the search is two stages: the best SentenceStageDepth passages by whole vector,
// then each of them scored by its best vector (whole or sentence), exactly.
public sealed class SemanticFirstStageTests
{
    [Fact]
    public void Match_ThousandsOfPassages_BestWholeVectorsThenTheirBestVectorExactly()
    {
        var random = new Random(11);
        // A whole vector and up to two sentence vectors near it, as a passage's sentences lie near the passage.
        var vectors = Enumerable.Range(0, 3_000).Select(_ => RandomUnit(random, 384))
            .Select(whole => (float[][])[whole, .. Enumerable.Range(0, random.Next(3)).Select(_ => Normalize(Add(whole, RandomUnit(random, 384), 0.8f)))])
            .ToArray();
        var index = new SemanticIndex(vectors);
        Assert.True(vectors.Length > SemanticIndex.SentenceStageDepth);

        for (var q = 0; q < 40; q++)
        {
            // Questions near a passage's sentence or whole vector, as real questions are, and some far from all.
            var near = vectors[random.Next(vectors.Length)];
            var query = q % 4 == 3 ? RandomUnit(random, 384) : Normalize(Add(near[random.Next(near.Length)], RandomUnit(random, 384), 0.6f));

            var expected = vectors
                .Select((own, n) => (Passage: n, Whole: VectorMath.Dot(own[0], query)))
                .OrderByDescending(x => x.Whole).ThenBy(x => x.Passage).Take(SemanticIndex.SentenceStageDepth)
                .Select(x => (x.Passage, Similarity: vectors[x.Passage].Max(v => VectorMath.Dot(v, query))))
                .OrderByDescending(x => x.Similarity).ThenBy(x => x.Passage).Take(24).ToList();

            Assert.Equal(expected, index.Match(query, 24).Top);
        }
    }

    private static float[] RandomUnit(Random random, int length) =>
        Normalize([.. Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5))]);

    private static float[] Add(float[] a, float[] b, float weight) => [.. a.Zip(b, (x, y) => x + (weight * y))];

    private static float[] Normalize(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }
}
