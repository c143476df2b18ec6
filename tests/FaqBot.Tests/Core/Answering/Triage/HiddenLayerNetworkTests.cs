using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

// The crisis class's embedding view is a network with one hidden layer (docs/benchmarks.md, triage round 18).
public sealed class HiddenLayerNetworkTests
{
    // Two interleaved rings: the inner one positive. No straight line separates them; a hidden layer can.
    private static (List<float[]> Rows, List<bool> Labels) Rings()
    {
        var random = new Random(5);
        var rows = new List<float[]>();
        var labels = new List<bool>();
        for (var i = 0; i < 400; i++)
        {
            var inner = i % 2 == 0;
            var radius = inner ? random.NextDouble() : 2 + random.NextDouble();
            var angle = random.NextDouble() * 2 * Math.PI;
            rows.Add([(float)(radius * Math.Cos(angle)), (float)(radius * Math.Sin(angle)), (float)random.NextDouble()]);
            labels.Add(inner);
        }

        return (rows, labels);
    }

    [Fact]
    public void Fit_RingsNoLineSeparates_ClassifiesAlmostAllOfThem()
    {
        var (rows, labels) = Rings();

        var (hidden, hiddenBias, output, outputBias) = HiddenLayerNetwork.Fit(rows, labels);

        var right = rows.Select((r, i) => HiddenLayerNetwork.LogOdds(Floats(hidden), Floats(hiddenBias), Floats(output), outputBias, r) > 0 == labels[i]).Count(ok => ok);
        Assert.True(right >= 380, $"{right}/400 right");
        var (weights, bias) = LogisticRegression.FitDense(rows, labels, lambda: 0.001, iterations: 400, learningRate: 0.05);
        var linear = rows.Select((r, i) => bias + r.Select((v, j) => v * weights[j]).Sum() > 0 == labels[i]).Count(ok => ok);
        Assert.True(linear < 300, $"the regression got {linear}/400: the rings are not a test of the hidden layer");
    }

    [Fact]
    public void Fit_SameRowsTwice_GivesTheSameWeights()
    {
        var (rows, labels) = Rings();

        var first = HiddenLayerNetwork.Fit(rows, labels);
        var second = HiddenLayerNetwork.Fit(rows, labels);

        Assert.Equal(first.Hidden, second.Hidden);
        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.OutputBias, second.OutputBias);
    }

    [Fact]
    public void ShippedWeights_CrisisEmbeddingView_IsANetworkAndTheOthersRegressions()
    {
        foreach (var name in TriageModel.ShippedNames())
        {
            var file = TriageModel.Shipped(name).File;

            Assert.NotNull(file.Embedding[0].Hidden);
            Assert.Equal(HiddenLayerNetwork.Units, file.Embedding[0].Weights.Length);
            Assert.Equal(HiddenLayerNetwork.Units * file.Dimensions, file.Embedding[0].Hidden!.Weights.Length);
            Assert.Null(file.Embedding[1].Hidden);
            Assert.Null(file.Embedding[2].Hidden);
        }
    }

    [Fact]
    public void Model_HiddenLayerOfTheWrongSize_IsRefusedAsIncomplete()
    {
        var file = TriageModel.Shipped("ArcticXs").File;
        var crisis = file.Embedding[0];
        var broken = file with { Embedding = [crisis with { Hidden = crisis.Hidden! with { Biases = crisis.Hidden.Biases[1..] } }, file.Embedding[1], file.Embedding[2]] };

        var error = Assert.Throws<InvalidDataException>(() => new TriageModel(broken));

        Assert.Contains("triage-train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveAndLoad_NetworkWeights_ScoreAVectorTheSame()
    {
        var shipped = TriageModel.Shipped("ArcticXs");
        using var stream = new MemoryStream();
        TriageModel.Save(shipped.File, stream);
        stream.Position = 0;

        var reloaded = TriageModel.Load(stream);

        var vector = Enumerable.Range(0, shipped.File.Dimensions).Select(i => (float)Math.Sin(i) / 14).ToArray();
        Assert.Equal(shipped.ScoreEmbedding(vector), reloaded.ScoreEmbedding(vector));
    }

    private static float[] Floats(double[] values) => [.. values.Select(v => (float)v)];
}
