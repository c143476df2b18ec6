using FaqBot.Core.Search.Answerability;

namespace FaqBot.Tests.Core.Search;

public sealed class NearestExamplesTests
{
    // The one-pass top three against what it replaced: sort everything, take the first and the mean of the first three.
    [Fact]
    public void Of_RandomSimilaritiesWithTiesAndNaN_SameAsSortingThemAll()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var similarities = new float[random.Next(0, 12)];
            for (var i = 0; i < similarities.Length; i++)
            {
                similarities[i] = random.Next(5) switch
                {
                    0 => float.NaN,
                    1 => 0.5f, // ties
                    _ => (float)((random.NextDouble() * 2) - 1),
                };
            }

            var ordered = similarities.Where(s => !float.IsNaN(s)).Select(s => (double)s).OrderDescending().ToList();
            var expected = ordered.Count == 0 ? (0.0, 0.0) : (ordered[0], ordered.Take(3).Average());

            Assert.Equal(expected, NearestExamples.Of(similarities, 3));
        }
    }
}
