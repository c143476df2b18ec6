using FaqBot.Core.Semantics;
using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

[Collection(EncoderCollection.Name)]
public sealed class OnnxSentenceEncoderQueryTests(EncoderFixture fixture)
{
    public static TheoryData<EmbeddingModel> Models => OnnxSentenceEncoderTests.Models;

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
}
