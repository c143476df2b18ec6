using System.Collections.Concurrent;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Embeddings;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

/// <summary>
/// The test half of tests/data/triage-bank.jsonl (never used to fit or tune anything) as quality floors, for each
/// shipped encoder's weights: the figures measured once the weights were final (docs/benchmarks.md). A change that
/// loses a single right decision in any kind or category fails here; a gain means raising the floor. The targets of
/// issue 9 are higher than these floors (crisis 100 % per category, noncrisis and advice 95 %, questions 98 %);
/// docs/benchmarks.md says where they are not met.
/// </summary>
public sealed class TriageBankQualityTests
{
    private static readonly Lazy<OnnxSentenceEncoder> Encoder = new(() => new OnnxSentenceEncoder(new EmbeddingsOptions { Model = EmbeddingModel.MiniLM }));

    private static readonly ConcurrentDictionary<EmbeddingModel, Lazy<TriageEvaluation>> TestHalves = new();

    public static TheoryData<EmbeddingModel, string, int, int> KindFloors() => new()
    {
        { EmbeddingModel.ArcticXs, "advice", 51, 67 },
        { EmbeddingModel.ArcticXs, "crisis", 141, 157 },
        { EmbeddingModel.ArcticXs, "emergency", 23, 24 },
        { EmbeddingModel.ArcticXs, "noncrisis", 75, 95 },
        { EmbeddingModel.ArcticXs, "question", 31, 33 },
        { EmbeddingModel.MiniLM, "advice", 54, 67 },
        { EmbeddingModel.MiniLM, "crisis", 141, 157 },
        { EmbeddingModel.MiniLM, "emergency", 22, 24 },
        { EmbeddingModel.MiniLM, "noncrisis", 75, 95 },
        { EmbeddingModel.MiniLM, "question", 32, 33 },
    };

    public static TheoryData<EmbeddingModel, string, int, int> CategoryFloors() => new()
    {
        { EmbeddingModel.ArcticXs, "advice/child", 6, 10 },
        { EmbeddingModel.ArcticXs, "advice/condition", 7, 7 },
        { EmbeddingModel.ArcticXs, "advice/dose", 4, 5 },
        { EmbeddingModel.ArcticXs, "advice/eligibility", 6, 7 },
        { EmbeddingModel.ArcticXs, "advice/medications", 7, 8 },
        { EmbeddingModel.ArcticXs, "advice/pregnancy", 6, 7 },
        { EmbeddingModel.ArcticXs, "advice/side-effect-personal", 8, 13 },
        { EmbeddingModel.ArcticXs, "advice/stop-change", 7, 10 },
        { EmbeddingModel.ArcticXs, "crisis/burden", 9, 9 },
        { EmbeddingModel.ArcticXs, "crisis/crisis-in-question", 13, 14 },
        { EmbeddingModel.ArcticXs, "crisis/direct-ideation", 16, 16 },
        { EmbeddingModel.ArcticXs, "crisis/goodbye-preparatory", 6, 7 },
        { EmbeddingModel.ArcticXs, "crisis/hopelessness", 13, 14 },
        { EmbeddingModel.ArcticXs, "crisis/indirect-ideation", 11, 11 },
        { EmbeddingModel.ArcticXs, "crisis/means-stockpiling", 12, 13 },
        { EmbeddingModel.ArcticXs, "crisis/method-research", 7, 13 },
        { EmbeddingModel.ArcticXs, "crisis/overdose-poisoning", 8, 9 },
        { EmbeddingModel.ArcticXs, "crisis/plan-timing", 7, 8 },
        { EmbeddingModel.ArcticXs, "crisis/self-harm", 7, 7 },
        { EmbeddingModel.ArcticXs, "crisis/spanish", 9, 11 },
        { EmbeddingModel.ArcticXs, "crisis/third-party", 11, 11 },
        { EmbeddingModel.ArcticXs, "crisis/trapped", 12, 14 },
        { EmbeddingModel.ArcticXs, "emergency/emergency-spanish", 4, 5 },
        { EmbeddingModel.ArcticXs, "emergency/medical-emergency", 19, 19 },
        { EmbeddingModel.ArcticXs, "noncrisis/grief", 6, 6 },
        { EmbeddingModel.ArcticXs, "noncrisis/idiom", 27, 30 },
        { EmbeddingModel.ArcticXs, "noncrisis/informational", 16, 22 },
        { EmbeddingModel.ArcticXs, "noncrisis/other", 13, 15 },
        { EmbeddingModel.ArcticXs, "noncrisis/pain-relief", 8, 8 },
        { EmbeddingModel.ArcticXs, "noncrisis/past-history", 5, 14 },
        { EmbeddingModel.ArcticXs, "question/general", 31, 33 },
        { EmbeddingModel.MiniLM, "advice/child", 6, 10 },
        { EmbeddingModel.MiniLM, "advice/condition", 7, 7 },
        { EmbeddingModel.MiniLM, "advice/dose", 4, 5 },
        { EmbeddingModel.MiniLM, "advice/eligibility", 6, 7 },
        { EmbeddingModel.MiniLM, "advice/medications", 7, 8 },
        { EmbeddingModel.MiniLM, "advice/pregnancy", 6, 7 },
        { EmbeddingModel.MiniLM, "advice/side-effect-personal", 8, 13 },
        { EmbeddingModel.MiniLM, "advice/stop-change", 10, 10 },
        { EmbeddingModel.MiniLM, "crisis/burden", 9, 9 },
        { EmbeddingModel.MiniLM, "crisis/crisis-in-question", 13, 14 },
        { EmbeddingModel.MiniLM, "crisis/direct-ideation", 16, 16 },
        { EmbeddingModel.MiniLM, "crisis/goodbye-preparatory", 7, 7 },
        { EmbeddingModel.MiniLM, "crisis/hopelessness", 12, 14 },
        { EmbeddingModel.MiniLM, "crisis/indirect-ideation", 11, 11 },
        { EmbeddingModel.MiniLM, "crisis/means-stockpiling", 12, 13 },
        { EmbeddingModel.MiniLM, "crisis/method-research", 7, 13 },
        { EmbeddingModel.MiniLM, "crisis/overdose-poisoning", 8, 9 },
        { EmbeddingModel.MiniLM, "crisis/plan-timing", 8, 8 },
        { EmbeddingModel.MiniLM, "crisis/self-harm", 7, 7 },
        { EmbeddingModel.MiniLM, "crisis/spanish", 8, 11 },
        { EmbeddingModel.MiniLM, "crisis/third-party", 10, 11 },
        { EmbeddingModel.MiniLM, "crisis/trapped", 13, 14 },
        { EmbeddingModel.MiniLM, "emergency/emergency-spanish", 5, 5 },
        { EmbeddingModel.MiniLM, "emergency/medical-emergency", 17, 19 },
        { EmbeddingModel.MiniLM, "noncrisis/grief", 6, 6 },
        { EmbeddingModel.MiniLM, "noncrisis/idiom", 26, 30 },
        { EmbeddingModel.MiniLM, "noncrisis/informational", 16, 22 },
        { EmbeddingModel.MiniLM, "noncrisis/other", 13, 15 },
        { EmbeddingModel.MiniLM, "noncrisis/pain-relief", 8, 8 },
        { EmbeddingModel.MiniLM, "noncrisis/past-history", 6, 14 },
        { EmbeddingModel.MiniLM, "question/general", 32, 33 },
    };

    [Theory]
    [MemberData(nameof(KindFloors))]
    public void TestHalf_Kind_KeepsItsMeasuredFigure(EmbeddingModel model, string kind, int floor, int total)
    {
        var tally = TestHalf(model).ByKind[kind];

        Assert.Equal(total, tally.Total);
        Assert.True(tally.Right >= floor, $"{model} {kind}: {tally.Right}/{tally.Total}, was {floor}/{total}");
    }

    [Theory]
    [MemberData(nameof(CategoryFloors))]
    public void TestHalf_Category_KeepsItsMeasuredFigure(EmbeddingModel model, string category, int floor, int total)
    {
        var tally = TestHalf(model).ByCategory[category];

        Assert.Equal(total, tally.Total);
        Assert.True(tally.Right >= floor, $"{model} {category}: {tally.Right}/{tally.Total}, was {floor}/{total}");
    }

    // Each encoder's test half is classified once per run, as the server would: the shipped weights for that encoder.
    private static TriageEvaluation TestHalf(EmbeddingModel model) => TestHalves.GetOrAdd(model, m => new Lazy<TriageEvaluation>(() =>
    {
        using var encoder = new OnnxSentenceEncoder(new EmbeddingsOptions { Model = m });
        var triage = MessageTriage.For(encoder);
        var evaluation = new TriageEvaluation();
        foreach (var example in TriageBank.Read(Path.Combine(Repo.Root, "tests", "data", "triage-bank.jsonl")).Where(e => !TriageSplit.IsTune(e.Id)))
        {
            evaluation.Add(example, triage.Classify(example.Text));
        }

        return evaluation;
    })).Value;

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
