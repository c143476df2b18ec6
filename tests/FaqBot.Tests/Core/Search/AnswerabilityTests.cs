using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;

namespace FaqBot.Tests.Core.Search;

public sealed class AnswerabilityTests
{
    [Fact]
    public void Fit_SeparableData_PredictsTheLabels()
    {
        double[][] rows = [[0.1, 1], [0.2, 0], [0.3, 1], [0.7, 0], [0.8, 1], [0.9, 0]];
        int[] labels = [0, 0, 0, 1, 1, 1];

        var model = LogisticRegression.Fit(rows, labels, l2: 0.1);

        Assert.True(model.Predict([0.15, 0.5]) < 0.2);
        Assert.True(model.Predict([0.85, 0.5]) > 0.8);
        Assert.True(Math.Abs(model.Weights[1]) < Math.Abs(model.Weights[0]) / 5); // the noise feature earns little
    }

    [Fact]
    public void Fit_MismatchedLabels_Throws()
    {
        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([[1.0]], [1, 0]));
    }

    [Fact]
    public void BuiltIn_HasFittedModelsForTheDefaultEncoderAndKeywordSearch()
    {
        var model = AnswerabilityModel.BuiltIn();

        Assert.Equal(AnswerabilitySignals.FeatureNames, model.Features.Take(AnswerabilitySignals.FeatureNames.Count));
        Assert.NotNull(model.KeywordOnly);
        var vectors = Assert.Single(model.WithVectors, m => m.Key.Contains("arctic-embed-xs", StringComparison.Ordinal)).Value;
        Assert.NotNull(vectors.Ranker);
        Assert.InRange(vectors.AnswerAbove, 0.05, 0.99);

        // The labelled questions rank for the shipped articles; the retrieval-only fit, for other documents, never reads them.
        var labelled = Searcher.CandidateFeatureNames.ToList().IndexOf("labelled_similarity");
        Assert.True(vectors.Ranker!.Weights[labelled] > 0, $"labelled_similarity weight {vectors.Ranker.Weights[labelled]}");
        Assert.All(vectors.WithoutScope!.Ranker!.Weights.Skip(labelled), w => Assert.Equal(0, w));
        Assert.Equal(vectors.Scope!.Answerable.Count, vectors.Scope.AnswerableEvidence.Count);
        Assert.True(vectors.Scope.AnswerableEvidence.Count(e => e.Length > 0) >= 0.9 * vectors.Scope.Answerable.Count);
    }

    [Fact]
    public void SaveThenLoad_BuiltIn_OneFilePerEmbeddingModelAndTheSameDecisions()
    {
        var folder = Directory.CreateTempSubdirectory("faqbot-model-");
        try
        {
            var builtIn = AnswerabilityModel.BuiltIn();
            var path = Path.Combine(folder.FullName, "model.json");

            builtIn.Save(path);
            var loaded = AnswerabilityModel.Load(path);

            // The main file, and per embedding model its part and its examples in files of at most 1,000 vectors: each
            // under the 1 MB a committed file may have (one part with its examples was 1.28 MB after the fourth training file).
            var examplesFiles = builtIn.WithVectors.Values.Sum(d => (d.Scope!.Answerable.Count + 999) / 1000 + (d.Scope.NotCovered.Count + 999) / 1000);
            Assert.Equal(builtIn.WithVectors.Count + examplesFiles + 1, folder.GetFiles("model*.json").Length);
            Assert.Equal(examplesFiles, folder.GetFiles("model.*.examples-*.json").Length);
            Assert.All(folder.GetFiles(), f => Assert.True(f.Length < 1_000_000, $"{f.Name}: {f.Length} bytes"));
            Assert.Equal(builtIn.WithVectors.Keys.Order(), loaded.WithVectors.Keys.Order());
            foreach (var (key, decision) in builtIn.WithVectors)
            {
                Assert.Equal(decision.AnswerAbove, loaded.WithVectors[key].AnswerAbove);
                Assert.Equal(decision.Model.Weights, loaded.WithVectors[key].Model.Weights);
                Assert.Equal(decision.Scope!.Answerable, loaded.WithVectors[key].Scope!.Answerable);
                Assert.Equal(decision.Scope.AnswerableEvidence, loaded.WithVectors[key].Scope!.AnswerableEvidence);
                Assert.NotEmpty(decision.Scope.NotCovered);
                Assert.Equal(decision.Scope.NotCovered, loaded.WithVectors[key].Scope!.NotCovered);
                Assert.Equal(decision.Ranker!.Weights, loaded.WithVectors[key].Ranker!.Weights);
            }

            Assert.Equal(builtIn.KeywordOnly!.AnswerAbove, loaded.KeywordOnly!.AnswerAbove);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_ExamplesWithoutTheirDecision_IsAnErrorNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("faqbot-model-");
        try
        {
            var path = Path.Combine(folder.FullName, "model.json");
            AnswerabilityModel.BuiltIn().Save(path);
            var orphan = folder.GetFiles("model.*.examples-01.json")[0];
            File.Delete(orphan.FullName.Replace(".examples-01.json", ".json", StringComparison.Ordinal));

            var error = Assert.Throws<InvalidDataException>(() => AnswerabilityModel.Load(path));

            Assert.Contains(orphan.Name, error.Message, StringComparison.Ordinal);
            Assert.Contains("without a decision", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Save_Twice_ReplacesThisModelsExamplesFilesAndLeavesOthers()
    {
        var folder = Directory.CreateTempSubdirectory("faqbot-model-");
        try
        {
            var path = Path.Combine(folder.FullName, "model.json");
            var builtIn = AnswerabilityModel.BuiltIn();
            builtIn.Save(path);
            var before = folder.GetFiles().Select(f => (f.Name, f.Length)).Order().ToList();
            var stale = Path.Combine(folder.FullName, Path.GetFileName(folder.GetFiles("model.*.examples-01.json")[0].FullName).Replace("-01", "-09", StringComparison.Ordinal));
            File.WriteAllText(stale, "{}");
            File.WriteAllText(Path.Combine(folder.FullName, "model.notes.txt"), "kept");

            builtIn.Save(path);

            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(Path.Combine(folder.FullName, "model.notes.txt")));
            Assert.Equal(before, folder.GetFiles("model*.json").Select(f => (f.Name, f.Length)).Order().ToList());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void SemanticIndex_PassageScoresItsBestVector()
    {
        float[][][] vectors = [[[1, 0], [0, 1]], [[0.6f, 0.8f]], []];
        var index = new SemanticIndex(vectors);

        var matches = index.Match([0, 1], 3);

        Assert.Equal([(0, 1f), (1, 0.8f)], matches.Top);
        Assert.Equal(0, matches.BestSentence(0)); // the first sentence vector, not the whole passage's
        Assert.Equal(0f, matches.Whole(0));
        Assert.True(float.IsNaN(matches.Best(2)));
    }
}
