using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// The joint view: a logistic regression over the two learned views' log-odds, so a message both find somewhat likely
// is raised while one view's lone high score on an ordinary message is not.
public sealed class JointViewTests
{
    // Equal weights on the two log-odds, no bias: (0.6, 0.6) scores 0.69, (0.9, 0.1) and (0.1, 0.9) score 0.5.
    private static readonly JointClassifier EvenJoint = new("Crisis", 1, 1, 0, ThresholdSearch.Off);

    private static readonly Dictionary<string, double> NoAlarms = new() { ["noncrisis"] = 0.0 };

    [Fact]
    public void Choose_JointSeparatesWhatNeitherViewDoes_CatchesEveryPositiveWithoutAlarms()
    {
        var examples = Examples();

        var choice = ThresholdSearch.Choose(examples, k => k == "crisis", NoAlarms);

        Assert.Equal((4, 4, 0), (choice.Open, choice.Caught, choice.Alarms));
        Assert.Equal(ThresholdSearch.Off, choice.Embedding);
        Assert.Equal(ThresholdSearch.Off, choice.Lexical);
        Assert.InRange(choice.Joint, 0.5 + 1e-9, TriageModelScoring.Joint(EvenJoint, 0.6, 0.6));
    }

    [Fact]
    public void Choose_WithoutJointScores_SingleViewsCannotSeparateThem()
    {
        var examples = Examples().Select(e => e with { Joint = null }).ToList();

        var choice = ThresholdSearch.Choose(examples, k => k == "crisis", NoAlarms);

        Assert.Equal(0, choice.Caught);
        Assert.Equal(ThresholdSearch.Off, choice.Joint);
    }

    [Fact]
    public void ChooseWithJoint_SingleViewsOff_UsesTheJointViewAlone()
    {
        // A lone positive the embedding view alone would catch at no cost is left to the joint view.
        List<ScoredExample> examples = [.. Examples(), Scored("crisis", 0.99, 0.01)];
        var budgets = new Dictionary<string, double> { ["noncrisis"] = 0.5 };

        var withSingles = ThresholdSearch.ChooseWithJoint(examples, k => k == "crisis", budgets, singleViews: true);
        var jointOnly = ThresholdSearch.ChooseWithJoint(examples, k => k == "crisis", budgets, singleViews: false);

        Assert.Equal(5, withSingles.Caught);
        Assert.Equal((ThresholdSearch.Off, ThresholdSearch.Off), (jointOnly.Embedding, jointOnly.Lexical));
        Assert.True(jointOnly.Joint < ThresholdSearch.Off);
    }

    [Fact]
    public void Fires_JointAloneReachesItsThreshold_RaisesTheClass()
    {
        var below = new TriageClassScores(0.6, 0, 0);
        var off = new TriageClassScores(ThresholdSearch.Off, ThresholdSearch.Off, ThresholdSearch.Off);
        var scores = new TriageScores(below, below, off, off) { Joint = new(0.7, 0, 0), JointThresholds = new(0.65, ThresholdSearch.Off, ThresholdSearch.Off) };

        Assert.True(scores.Fires(TriageLabel.Crisis));
        Assert.False(scores.Fires(TriageLabel.Advice));
        Assert.False((scores with { Joint = null }).Fires(TriageLabel.Crisis));
    }

    [Fact]
    public void InCrisisWatch_JointInsideTheBand_IsWatched()
    {
        var low = new TriageClassScores(0.3, 0, 0);
        var off = new TriageClassScores(ThresholdSearch.Off, ThresholdSearch.Off, ThresholdSearch.Off);
        var scores = new TriageScores(low, low, off, off) { Joint = new(0.4, 0, 0), CrisisWatch = new WatchThresholds(ThresholdSearch.Off, ThresholdSearch.Off) { Joint = 0.35 } };

        Assert.True(scores.InCrisisWatch);
        Assert.False((scores with { CrisisWatch = new WatchThresholds(ThresholdSearch.Off, ThresholdSearch.Off) }).InCrisisWatch);
    }

    [Fact]
    public void Model_JointListOfTheWrongLength_IsRefused()
    {
        var shipped = TriageModel.Shipped("ArcticXs").File;

        var act = () => new TriageModel(shipped with { Joint = [.. shipped.Joint!.Take(2)] });

        Assert.Throws<InvalidDataException>(act);
    }

    [Fact]
    public void Score_WithAnEmbedding_JointIsTheClassifierOverBothViews()
    {
        const string Message = "is there an easy analogy for plasticity, im not a science person";
        var model = TriageModel.For(SeedEngine.Encoder);
        var vector = SeedEngine.Encoder.EncodeQuery(Message);

        var scores = model.Score(Message, vector);
        var lexicalOnly = model.Score(Message, null);

        var joint = Assert.IsType<TriageClassScores>(scores.Joint);
        var crisis = model.File.Joint![0];
        Assert.Equal(TriageModelScoring.Joint(crisis, scores.Embedding!.Value.Crisis, scores.Lexical.Crisis), joint.Crisis, 12);
        Assert.Equal(crisis.Threshold, scores.JointThresholds.Crisis);
        Assert.Null(lexicalOnly.Joint);
    }

    [Fact]
    public void Train_WithEmbeddings_FitsAJointViewPerClassAndAJointWatchBandBelowIt()
    {
        var examples = TriageBank.Read(Repo.Data("triage-bank.jsonl")).Where(e => TriageSplit.IsTune(e.Id))
            .GroupBy(e => e.Kind).SelectMany(g => g.Take(40)).ToList();
        var embeddings = examples.Select(e => SeedEngine.Encoder.EncodeQuery(e.Text)).ToList();

        var file = TriageTrainer.Train(examples, embeddings, SeedEngine.Encoder.ModelId, "joint test");

        var joints = Assert.IsType<List<JointClassifier>>(file.Joint);
        Assert.Equal(["Crisis", "Emergency", "Advice"], joints.Select(j => j.Label));
        Assert.True(joints[0].EmbeddingWeight > 0 && joints[0].LexicalWeight > 0, "both views count towards a crisis");
        var band = Assert.IsType<WatchThresholds>(file.CrisisWatch);
        Assert.True(band.Joint < joints[0].Threshold, $"band {band.Joint} not below the joint crisis threshold {joints[0].Threshold}");
        Assert.Equal((ThresholdSearch.Off, ThresholdSearch.Off), (band.Embedding, band.Lexical));
    }

    [Fact]
    public void Train_WithoutEmbeddings_HasNoJointView()
    {
        var examples = TriageBank.Read(Repo.Data("triage-bank.jsonl")).Where(e => TriageSplit.IsTune(e.Id)).Take(150).ToList();

        var file = TriageTrainer.Train(examples, null, "none", "no joint test");

        Assert.Null(file.Joint);
        Assert.Equal(ThresholdSearch.Off, file.CrisisWatch!.Joint);
    }

    // Four crisis messages both views find somewhat likely, four ordinary ones one view finds very likely.
    private static List<ScoredExample> Examples() =>
    [
        Scored("crisis", 0.6, 0.6), Scored("crisis", 0.62, 0.6), Scored("crisis", 0.6, 0.63), Scored("crisis", 0.65, 0.65),
        Scored("noncrisis", 0.9, 0.1), Scored("noncrisis", 0.1, 0.9), Scored("noncrisis", 0.92, 0.08), Scored("noncrisis", 0.05, 0.95),
    ];

    private static ScoredExample Scored(string kind, double embedding, double lexical) =>
        new(kind, false, embedding, lexical, TriageModelScoring.Joint(EvenJoint, embedding, lexical));
}
