using FaqBot.Schema.Events;
using FaqBot.Reports;

namespace FaqBot.Tests.Reports;

// The prefix-filtered grouping must give exactly what the plain greedy scan gives.
public sealed class QuestionGrouperEquivalenceTests
{
    private static readonly string[] Vocabulary =
    [
        "can", "i", "bring", "my", "dog", "is", "parking", "free", "does", "insurance", "cover", "ketamine", "how", "long",
        "session", "drive", "home", "after", "the", "a", "cost", "of", "what", "eat", "before", "pets", "allowed", "nausea",
    ];

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.5)]
    [InlineData(3, 0.7)]
    [InlineData(4, 0.3)]
    [InlineData(5, 1.0)]
    [InlineData(6, 0.6)]
    [InlineData(7, 0.0)]
    public void Group_RandomQuestions_SameGroupsAsPlainScan(int seed, double threshold)
    {
        var random = new Random(seed);
        var questions = Enumerable.Range(0, 1500).Select(_ => RandomQuestion(random)).ToList();

        var fast = QuestionGrouper.Group(questions, threshold);
        var plain = QuestionGrouper.GroupByScanning(questions, threshold);

        Assert.Equal(plain, fast);
        Assert.True(fast.Count > 1 || threshold == 0);
    }

    [Fact]
    public void Group_ManyDistinctWordings_GroupsEveryQuestion()
    {
        var random = new Random(11);
        var questions = Enumerable.Range(0, 20_000).Select(_ => RandomQuestion(random)).ToList();

        var groups = QuestionGrouper.Group(questions);

        Assert.Equal(questions.Sum(q => q.Count), groups.Sum(g => g.Count));
        Assert.True(groups.Count < questions.Count);
    }

    private static QuestionCount RandomQuestion(Random random)
    {
        var words = Enumerable.Range(0, random.Next(1, 9)).Select(_ => Vocabulary[(int)(Math.Pow(random.NextDouble(), 2) * Vocabulary.Length)]);
        var text = string.Join(random.Next(4) == 0 ? ", " : " ", words) + (random.Next(2) == 0 ? "?" : "");
        return new QuestionCount(random.Next(3) == 0 ? text.ToUpperInvariant() : text, random.Next(1, 4));
    }
}
