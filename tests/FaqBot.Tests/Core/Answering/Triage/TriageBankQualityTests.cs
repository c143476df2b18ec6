using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Embeddings;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

/// <summary>
/// The test half of tests/data/triage-bank.jsonl (never used to fit or tune anything) as quality floors: the figures
/// measured when the committed model was trained (docs/benchmarks.md). A change that loses a single right decision in
/// any kind or crisis category fails here; a gain means raising the floor. The targets of issue 9 are higher than
/// these floors (crisis 100 % per category, noncrisis and advice 95 %, questions 98 %); docs/benchmarks.md says where
/// and why they are not met.
/// </summary>
public sealed class TriageBankQualityTests
{
    private static readonly Lazy<OnnxSentenceEncoder> Encoder = new(() => new OnnxSentenceEncoder(new EmbeddingsOptions { Model = EmbeddingModel.MiniLM }));

    private static readonly Lazy<TriageEvaluation> TestHalf = new(() =>
    {
        var triage = MessageTriage.For(Encoder.Value);
        var evaluation = new TriageEvaluation();
        foreach (var example in TriageBank.Read(Path.Combine(Repo.Root, "tests", "data", "triage-bank.jsonl")).Where(e => !TriageSplit.IsTune(e.Id)))
        {
            evaluation.Add(example, triage.Classify(example.Text));
        }

        return evaluation;
    });

    public static TheoryData<string, int, int> KindFloors() => new()
    {
        { "crisis", 118, 157 },
        { "emergency", 19, 24 },
        { "noncrisis", 75, 95 },
        { "advice", 47, 67 },
        { "question", 32, 33 },
    };

    public static TheoryData<string, int, int> CrisisCategoryFloors() => new()
    {
        { "crisis/burden", 7, 9 },
        { "crisis/crisis-in-question", 10, 14 },
        { "crisis/direct-ideation", 16, 16 },
        { "crisis/goodbye-preparatory", 3, 7 },
        { "crisis/hopelessness", 10, 14 },
        { "crisis/indirect-ideation", 11, 11 },
        { "crisis/means-stockpiling", 10, 13 },
        { "crisis/method-research", 4, 13 },
        { "crisis/overdose-poisoning", 6, 9 },
        { "crisis/plan-timing", 7, 8 },
        { "crisis/self-harm", 7, 7 },
        { "crisis/spanish", 6, 11 },
        { "crisis/third-party", 10, 11 },
        { "crisis/trapped", 11, 14 },
        { "emergency/emergency-spanish", 4, 5 },
        { "emergency/medical-emergency", 15, 19 },
    };

    [Theory]
    [MemberData(nameof(KindFloors))]
    public void TestHalf_Kind_KeepsItsMeasuredFigure(string kind, int floor, int total)
    {
        var tally = TestHalf.Value.ByKind[kind];

        Assert.Equal(total, tally.Total);
        Assert.True(tally.Right >= floor, $"{kind}: {tally.Right}/{tally.Total}, was {floor}/{total}");
    }

    [Theory]
    [MemberData(nameof(CrisisCategoryFloors))]
    public void TestHalf_CrisisCategory_KeepsItsMeasuredFigure(string category, int floor, int total)
    {
        var tally = TestHalf.Value.ByCategory[category];

        Assert.Equal(total, tally.Total);
        Assert.True(tally.Right >= floor, $"{category}: {tally.Right}/{tally.Total}, was {floor}/{total}");
    }

    [Theory]
    [InlineData(EmbeddingModel.ArcticXs)]
    [InlineData(EmbeddingModel.MiniLM)]
    public void For_EachShippedEncoder_PicksTheWeightsFittedForIt(EmbeddingModel name)
    {
        using var encoder = new OnnxSentenceEncoder(new EmbeddingsOptions { Model = name });

        var triage = MessageTriage.For(encoder);

        Assert.Equal(encoder.ModelId, triage.Model!.EmbeddingModel);
        Assert.Equal(encoder.Dimensions, triage.Model.File.Dimensions);
        Assert.Same(encoder, triage.Encoder);
    }

    [Fact]
    public void For_EncoderWithoutShippedWeights_FailsNamingTheRetrainCommand()
    {
        var act = () => MessageTriage.For(new UnknownEncoder());

        var error = Assert.Throws<TriageModelMismatchException>(act);
        Assert.Contains("unknown-model", error.Message, StringComparison.Ordinal);
        Assert.Contains("faqbot triage-train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ModelFittedForAnotherEncoder_FailsNamingTheRetrainCommand()
    {
        var file = TriageModel.Shipped("MiniLM").File with { EmbeddingModel = "another-model" };

        var act = () => new MessageTriage(new TriageModel(file), Encoder.Value);

        var error = Assert.Throws<TriageModelMismatchException>(act);
        Assert.Contains("faqbot triage-train", error.Message, StringComparison.Ordinal);
    }

    private sealed class UnknownEncoder : FaqBot.Core.Semantics.ISentenceEncoder
    {
        public int Dimensions => 384;

        public string ModelId => "unknown-model";

        public int MaxTokens => 256;

        public float[] EncodeQuery(string text) => new float[Dimensions];

        public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            [.. texts.Select(_ => new float[Dimensions])];
    }
}
