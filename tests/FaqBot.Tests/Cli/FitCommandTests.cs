using FaqBot.Cli.Commands;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Cli;

// `faqbot fit`: how its thresholds are chosen, and its options' errors (the fit itself takes a minute; the shipped
// models' figures are held by the quality tests).
public sealed class FitCommandTests
{
    private static readonly string NeverWritten = Path.Combine(Path.GetTempPath(), "faqbot-fit-test-never-written.json");

    [Fact]
    public void ChooseAcross_SmallBankWeighsAsMuchAsALargeOne()
    {
        // The large bank is right at any threshold up to 0.9; the small one needs 0.3 or less to answer anything.
        var large = Group(100, probability: 0.8, correct: true);
        var small = Group(4, probability: 0.3, correct: true);

        var (alone, _) = ThresholdChooser.Choose(large.Probabilities, large.Examples, 0.9);
        var (across, figures) = ThresholdChooser.ChooseAcross([large, small], 0.9);

        Assert.Equal(0.8, alone);
        Assert.Equal(0.3, across); // answering the small bank costs the large one nothing
        Assert.Equal(2, figures.Split(" | ").Length);
        Assert.Equal((alone, "answerable_top3=1.000 abstain=1.000 quoting_correct=1.000"), ThresholdChooser.ChooseAcross([large], 0.9));
    }

    [Theory]
    [InlineData("no-equals-sign", "FOLDER=BANK")]
    [InlineData("/no/such/folder=tests/data/questions.jsonl", "no knowledge-base folder")]
    public void Fit_AlsoMalformedOrMissing_ExitsTwoBeforeFitting(string also, string expected)
    {
        var (code, _, error) = CliRunner.Run("fit", "--set", Repo.Data("questions.jsonl"), "--also", also, "--out", NeverWritten);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_AlsoMissingBank_NamesTheFile()
    {
        var (code, _, error) = CliRunner.Run("fit", "--set", Repo.Data("questions.jsonl"), "--also", $"{Repo.Root}=/no/such/bank.jsonl", "--out", NeverWritten);

        Assert.Equal(2, code);
        Assert.Contains("no bank file /no/such/bank.jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScopeFitWithoutEach_AQuestionNeverMeetsItselfOrItsAuthorsTwin_OtherAuthorsDo()
    {
        var random = new Random(11);
        var first = RandomUnit(random, 16);
        var twin = first.Select((x, i) => i == 0 ? x + 0.01f : x).ToArray(); // the same author's rewording of it
        float[][] vectors = [first, twin, RandomUnit(random, 16), RandomUnit(random, 16), first, RandomUnit(random, 16)];
        bool[] answerable = [true, true, true, false, true, false];
        IReadOnlyList<int>[] evidence = [[0], [0], [1], [], [1], []];
        int[] authors = [0, 0, 1, 1, 2, 2]; // the last author asked the first question word for word
        Passage[] passages = [new("a", "Handout", null, "a.md", 1, 1, "Sessions last forty minutes."), new("b", "Handout", null, "a.md", 2, 2, "Parking is free.")];

        var fit = ScopeFit.WithoutEach(vectors, answerable, evidence, passages, authors);

        var own = fit.Without(0).EvidenceSimilarities(first);
        Assert.False(own.ContainsKey("a"), string.Join(", ", own)); // only itself and its twin point at "a": both left out
        Assert.True(own["b"] > 0.99); // the third author's copy is not
        Assert.True(fit.Without(2).EvidenceSimilarities(first)["a"] > 0.99); // ranked for the second author, the first's questions count
    }

    private static float[] RandomUnit(Random random, int length)
    {
        var vector = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }

    private static (IReadOnlyList<double> Probabilities, IReadOnlyList<FitExample> Examples) Group(int count, double probability, bool correct) =>
        ([.. Enumerable.Repeat(probability, count)], [.. Enumerable.Repeat(new FitExample(true, correct), count)]);
}
