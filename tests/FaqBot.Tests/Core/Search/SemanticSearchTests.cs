using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Tests.Core.Search;

/// <summary>The two-stage vector search, its top-k selection, the scope model and the stale-model check.</summary>
public sealed class SemanticSearchTests
{
    [Fact]
    public void TopK_KeepsTheLargestIncludedScores_TiesToTheLowerIndex()
    {
        float[] scores = [0.5f, 0.9f, 0.1f, 0.9f, 0.7f, 0.95f];
        bool[] include = [true, true, true, true, true, false];

        var top = TopK.Select(scores, include, 3).OrderByDescending(x => x.Score).ThenBy(x => x.Index).ToList();

        Assert.Equal([(1, 0.9f), (3, 0.9f), (4, 0.7f)], top);
        Assert.Equal([(1, 0.9f)], TopK.Select(scores, include, 1));
    }

    [Fact]
    public void TopK_MatchesASortOnRandomScores()
    {
        var random = new Random(7);
        var scores = Enumerable.Range(0, 500).Select(_ => (float)random.Next(100)).ToArray();
        var include = scores.Select((_, i) => i % 7 != 0).ToArray();

        var top = TopK.Select(scores, include, 20).OrderByDescending(x => x.Score).ThenBy(x => x.Index).ToList();

        var expected = scores.Select((s, i) => (Index: i, Score: s)).Where(x => include[x.Index])
            .OrderByDescending(x => x.Score).ThenBy(x => x.Index).Take(20).ToList();
        Assert.Equal(expected, top);
    }

    [Fact]
    public void Match_SentenceVectorBeatsTheWholePassage_AndAPassageOutsideTheTopIsScoredOnRequest()
    {
        // Passage 0: whole [1,0], one sentence [0,1]. Passage 1: whole only. Passage 2: no vectors.
        float[][][] vectors = [[[1, 0], [0, 1]], [[0.6f, 0.8f]], []];
        var index = new SemanticIndex(vectors);

        var matches = index.Match([0, 1], k: 1);

        Assert.Equal([(0, 1f)], matches.Top);
        Assert.Equal(0, matches.BestSentence(0));
        Assert.Equal(0f, matches.Whole(0));
        Assert.Equal(0.8f, matches.Best(1));
        Assert.Equal(-1, matches.BestSentence(1));
        Assert.True(float.IsNaN(matches.Best(2)));
        Assert.Equal(3, index.VectorCount);
    }

    [Fact]
    public void Match_WrongLength_Throws()
    {
        var index = new SemanticIndex([[[1, 0]]]);

        Assert.Throws<ArgumentException>(() => index.Match([1, 0, 0], 3));
    }

    [Fact]
    public void ScopeModel_NewQuestionNearAnswerableExamplesScoresHigherThanOneNearNotCovered()
    {
        var examples = new List<(float[] Vector, bool Answerable, IReadOnlyList<int>? Evidence)>();
        for (var i = 0; i < 20; i++)
        {
            var jitter = i * 0.01f;
            examples.Add((Unit(1, jitter, 0), true, null)); // the documents' topic
            examples.Add((Unit(0, jitter, 1), false, null)); // cost, insurance…
        }

        var scope = ScopeModel.Fit(examples);
        var inside = scope.Features(Unit(1, 0.3f, 0.1f));
        var outside = scope.Features(Unit(0.1f, 0.3f, 1));

        Assert.Equal(ScopeModel.FeatureNames.Count, inside.Length);
        for (var f = 0; f < inside.Length; f++)
        {
            Assert.True(inside[f] > outside[f], $"{ScopeModel.FeatureNames[f]}: {inside[f]} vs {outside[f]}");
        }

        Assert.Equal(new double[3], scope.Features(null));
        Assert.Throws<ArgumentException>(() => ScopeModel.Fit([(Unit(1, 0, 0), true, null)]));
    }

    [Fact]
    public void ScopeModel_StoresExamplesAsOneBytePerDimension_SimilaritiesWithinAThousandth()
    {
        var random = new Random(7);
        var examples = Enumerable.Range(0, 40).Select(i => (Vector: RandomUnit(random, 384), Answerable: i % 2 == 0, Evidence: (IReadOnlyList<int>?)null)).ToList();
        var question = RandomUnit(random, 384);

        var scope = ScopeModel.Fit(examples);
        var exact = ExactNearestDifference(examples, question);

        Assert.Equal("int8", scope.VectorFormat);
        Assert.Equal(4 + 384, Convert.FromBase64String(scope.Answerable[0]).Length);
        Assert.InRange(scope.Features(question)[0], exact - 0.001, exact + 0.001);
    }

    [Fact]
    public void ScopeModel_EvidenceSimilarities_EachPassageGetsItsClosestLabelledQuestion()
    {
        Passage[] passages = [Passage(1, "Sessions last forty minutes."), Passage(2, "Parking is free."), Passage(3, "Nausea can follow.")];
        List<(float[] Vector, bool Answerable, IReadOnlyList<int>? Evidence)> examples =
        [
            (Unit(1, 0, 0), true, [0]),
            (Unit(1, 1, 0), true, [0, 1]),
            (Unit(0, 1, 0), true, []), // labelled, but no passage holds its evidence
            (Unit(0, 0, 1), false, null),
        ];
        var scope = ScopeModel.Fit(examples, passages);
        var question = Unit(1, 0.2f, 0);

        var similarities = scope.EvidenceSimilarities(question);

        Assert.Equal(["0", "0 1", ""], scope.AnswerableEvidence);
        Assert.Equal(2, similarities.Count);
        Assert.InRange(similarities[passages[0].Id], Dot(Unit(1, 0, 0), question) - 0.01, Dot(Unit(1, 0, 0), question) + 0.01);
        Assert.InRange(similarities[passages[1].Id], Dot(Unit(1, 1, 0), question) - 0.01, Dot(Unit(1, 1, 0), question) + 0.01);
        Assert.Equal(ScopeModel.Fit(examples, passages).Features(question), scope.Features(question)); // reading the pass above gives the same features
        Assert.Empty(scope.EvidenceSimilarities(null));
        Assert.Empty(new ScopeModel { Answerable = scope.Answerable, VectorFormat = scope.VectorFormat, Passages = scope.Passages }.EvidenceSimilarities(question)); // a file written before
        Assert.Empty(new ScopeModel
        {
            Answerable = scope.Answerable, VectorFormat = scope.VectorFormat, AnswerableEvidence = ["7", "", ""], Passages = scope.Passages,
        }.EvidenceSimilarities(question)); // a position past the passages is ignored
    }

    [Fact]
    public void ScopeModel_FileWrittenWithFloat32Vectors_StillReadExactly()
    {
        var vector = Unit(1, 0.5f, 0.25f);
        var bytes = new byte[vector.Length * sizeof(float)];
        Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
        var legacy = new ScopeModel
        {
            Answerable = [Convert.ToBase64String(bytes)],
            NotCovered = [Convert.ToBase64String(new byte[bytes.Length])],
        };

        Assert.Equal(1.0, legacy.Features(vector)[0], 6);
    }

    [Fact]
    public void FittedDecision_FittedOnOtherFeatures_DoesNotMatch()
    {
        var signals = new LogisticModel(new double[AnswerabilitySignals.FeatureNames.Count], Ones(AnswerabilitySignals.FeatureNames.Count),
            new double[AnswerabilitySignals.FeatureNames.Count], 0);
        var ranker = new LogisticModel(new double[Searcher.CandidateFeatureNames.Count], Ones(Searcher.CandidateFeatureNames.Count),
            new double[Searcher.CandidateFeatureNames.Count], 0);
        var oldRanker = new LogisticModel(new double[6], Ones(6), new double[6], 0);

        Assert.True(new FittedDecision(signals, 0.5, "", ranker).MatchesFeatures);
        Assert.False(new FittedDecision(signals, 0.5, "", oldRanker).MatchesFeatures);
        Assert.False(new FittedDecision(signals, 0.5, "", ranker, new ScopeModel()).MatchesFeatures); // scope needs 3 more weights
    }

    [Fact]
    public void FittedDecision_OnAnotherKnowledgeBase_UsesItsFitWithoutScope()
    {
        var model = new LogisticModel([0], [1], [0], 0);
        Passage[] fittedOn = [new("a#1", "A", "Cost", "a.md", 1, 2, "Sessions cost money.")];
        Passage[] other = [new("a#1", "A", "Cost", "a.md", 1, 2, "Sessions cost $400 each.")];
        var fallback = new FittedDecision(model, 0.7, "");
        var scope = new ScopeModel { KnowledgeBase = ScopeModel.KeyOf(fittedOn) };
        var decision = new FittedDecision(model, 0.6, "", Scope: scope, WithoutScope: fallback);

        Assert.Same(decision, decision.For(fittedOn));
        Assert.Same(fallback, decision.For(other)); // a model file without its passages applies only to the exact documents
        Assert.NotEqual(ScopeModel.KeyOf(fittedOn), ScopeModel.KeyOf(other));
        Assert.Same(fallback, fallback.For(other)); // without a scope model a decision fits any knowledge base
    }

    [Fact]
    public void FittedDecision_AfterSmallEdits_KeepsTheScopeForUnchangedPassages()
    {
        var model = new LogisticModel([0], [1], [0], 0);
        var fittedOn = Enumerable.Range(1, 10).Select(i => Passage(i, $"Paragraph {i} of the handout.")).ToList();
        var fallback = new FittedDecision(model, 0.7, "");
        var scope = new ScopeModel { KnowledgeBase = ScopeModel.KeyOf(fittedOn), Passages = [.. fittedOn.Select(p => p.Id)] };
        var decision = new FittedDecision(model, 0.6, "", Scope: scope, WithoutScope: fallback);
        List<Passage> oneEdited = [.. fittedOn.Take(9), Passage(10, "Paragraph 10 of the handout, corrected.")];
        List<Passage> oneAdded = [.. fittedOn, Passage(11, "A new paragraph about parking.")];
        List<Passage> twoEdited = [.. fittedOn.Take(8), Passage(9, "Rewritten."), Passage(10, "Rewritten too.")];

        var edited = Assert.IsType<FittedDecision>(decision.For(oneEdited));
        Assert.Equal(9, edited.ScopedPassages?.Count);
        Assert.Same(edited, edited.ForBest(oneEdited[0])); // fitted on it: the scope's labels still hold
        Assert.Same(fallback, edited.ForBest(oneEdited[9])); // edited since: retrieval alone decides

        var added = Assert.IsType<FittedDecision>(decision.For(oneAdded));
        Assert.Same(fallback, added.ForBest(oneAdded[10]));
        Assert.Same(added, added.ForBest(oneAdded[3]));

        Assert.Same(fallback, decision.For(twoEdited)); // 8 of 10 unchanged is under ScopeModel.MinUnchangedShare
        Assert.Same(decision, decision.ForBest(fittedOn[0])); // on the exact documents nothing is routed
    }

    private static Passage Passage(int n, string text) => new($"p{n}-" + text.Length, "Handout", null, "handout.md", n, n, text);

    private static double Dot(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    private static double[] Ones(int n) => [.. Enumerable.Repeat(1.0, n)];

    private static float[] Unit(float x, float y, float z)
    {
        var norm = MathF.Sqrt((x * x) + (y * y) + (z * z));
        return [x / norm, y / norm, z / norm];
    }

    private static float[] RandomUnit(Random random, int length)
    {
        var vector = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }

    private static double ExactNearestDifference(List<(float[] Vector, bool Answerable, IReadOnlyList<int>? Evidence)> examples, float[] question)
    {
        double Best(bool answerable) => examples.Where(e => e.Answerable == answerable).Max(e => e.Vector.Zip(question, (a, b) => (double)a * b).Sum());
        return Best(true) - Best(false);
    }
}
