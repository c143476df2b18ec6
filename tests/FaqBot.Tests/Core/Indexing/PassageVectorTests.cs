using FaqBot.Core.Answering;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Search;
using FaqBot.Core.Search.Answerability;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Indexing;

/// Passage vectors are computed at index time, stored in the index folder, and recomputed only for changed passages.
public sealed class PassageVectorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("faqbot-vectors-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private FaqEngineSettings Settings() => new()
    {
        BaseDirectory = _root,
        KnowledgeBase = new KnowledgeBaseOptions { Path = "kb" },
        Index = new() { Path = "data/index" },
    };

    private void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.Combine(_root, "kb"));
        File.WriteAllText(Path.Combine(_root, "kb", file), text);
    }

    [Fact]
    public void Open_UnchangedThenOnePassageChanged_EmbedsOnlyWhatChanged()
    {
        Write("a.txt", "Sessions\n\nEach session lasts about forty minutes. Patients rest afterwards.\n\nParking is free behind the building.\n");
        Write("b.txt", "Glutamate\n\nGlutamate is a neurotransmitter that helps learning and memory.\n");

        using (var first = FaqEngine.Open(Settings(), encoder: SeedEngine.Encoder))
        {
            Assert.Equal(3, first.Searcher.Index.EmbeddedPassages);
            Assert.All(first.Searcher.Index.Vectors, v => Assert.NotEmpty(v));
        }

        using (var unchanged = FaqEngine.Open(Settings(), encoder: SeedEngine.Encoder))
        {
            Assert.True(unchanged.FromSnapshot);
            Assert.Equal(0, unchanged.Searcher.Index.EmbeddedPassages);
            Assert.Equal(3, unchanged.Searcher.Semantic.Count);
        }

        Write("b.txt", "Glutamate\n\nGlutamate is a chemical messenger that helps learning and memory.\n");
        using var changed = FaqEngine.Open(Settings(), encoder: SeedEngine.Encoder);

        Assert.False(changed.FromSnapshot);
        Assert.Equal(1, changed.Searcher.Index.EmbeddedPassages);
    }

    [Fact]
    public void SearchFused_ParaphraseWithoutSharedWords_FindsThePassageByMeaning()
    {
        Write("a.txt", "Sessions\n\nEach session lasts about forty minutes.\n\nParking is free behind the building.\n");
        using var engine = FaqEngine.Open(Settings(), encoder: SeedEngine.Encoder);
        var question = "where can I leave my car";

        var result = engine.Searcher.SearchFused(question, SeedEngine.Encoder.EncodeQuery(question));

        Assert.Contains("Parking", result.Hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.Equal(1, result.Hits[0].SemanticRank);
        Assert.NotNull(result.Signals);
        Assert.True(result.Signals!.HasVectors);
    }

    [Fact]
    public void SearchFused_LabelledQuestionPointsAtAPassage_TheFittedFusionWeighsIt()
    {
        Write("a.txt", "Sessions\n\nEach session lasts about forty minutes.\n\nParking is free behind the building.\n");
        using var engine = FaqEngine.Open(Settings(), encoder: SeedEngine.Encoder);
        var question = "how long is a session";
        var vector = SeedEngine.Encoder.EncodeQuery(question);
        var parking = engine.Searcher.Index.Passages.Single(p => p.Text.Contains("Parking", StringComparison.Ordinal));
        var n = Searcher.CandidateFeatureNames.Count;
        var weights = new double[n];
        weights[Searcher.CandidateFeatureNames.ToList().IndexOf("similarity")] = 1;
        weights[Searcher.CandidateFeatureNames.ToList().IndexOf("labelled_similarity")] = 4;
        var ranker = new LogisticModel(new double[n], [.. Enumerable.Repeat(1.0, n)], weights, 0);

        var unlabelled = engine.Searcher.SearchFused(question, vector, ranker: ranker);
        var labelled = engine.Searcher.SearchFused(question, vector, ranker: ranker, labelled: new Dictionary<string, float> { [parking.Id] = 0.9f });

        Assert.Contains("forty minutes", unlabelled.Hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.All(unlabelled.Hits, h => Assert.Equal(0, h.LabelledSimilarity));
        Assert.Same(parking, labelled.Hits[0].Passage);
        Assert.Equal(0.9, labelled.Hits[0].LabelledSimilarity, 6);
    }
}
