using FaqBot.Core.Answering;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;
using FaqBot.Core.Rendering;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering.Triage;

// The crisis watch band: a message whose crisis score is below the crisis thresholds but inside the band keeps its
// decision and its answer, with crisis resources put first. The band's thresholds are forced here (lexical 0: every
// message the learned layer scores is inside; off: none is) so each test knows which side a message is on.
public sealed class CrisisWatchTests(CrisisWatchTests.WatchedEngine watched) : IClassFixture<CrisisWatchTests.WatchedEngine>
{
    private const string Question = "how long does a ketamine session take";

    [Fact]
    public void Classify_ScoreInsideTheBand_KeepsTheKindAndMarksTheWatch()
    {
        var result = Triage(band: new WatchThresholds(ThresholdSearch.Off, 0)).Classify(Question, SeedEngine.Encoder.EncodeQuery(Question));

        Assert.Equal(TriageKind.Question, result.Kind);
        Assert.True(result.CrisisWatch);
        Assert.True(result.ShowsCrisisResources);
        Assert.False(result.IsUrgent);
    }

    [Fact]
    public void Classify_BandOffOrAbsent_NoWatch()
    {
        var off = Triage(band: new WatchThresholds(ThresholdSearch.Off, ThresholdSearch.Off)).Classify(Question);
        var absent = Triage(band: null).Classify(Question);

        Assert.False(off.CrisisWatch);
        Assert.False(absent.CrisisWatch);
    }

    [Fact]
    public void Classify_CrisisAboveTheBand_IsACrisisNotAWatch()
    {
        var result = Triage(band: new WatchThresholds(ThresholdSearch.Off, 0)).Classify("i want to kill myself tonight");

        Assert.Equal(TriageKind.Crisis, result.Kind);
        Assert.False(result.CrisisWatch);
    }

    [Fact]
    public void Classify_SpanishMessageInTheBand_ResourcesInSpanish()
    {
        var answer = watched.Engine.Ask("¿cuánto cuesta una sesión de ketamina?");

        Assert.True(answer.Triage!.CrisisWatch);
        Assert.Equal("es", answer.Crisis!.Language);
    }

    [Fact]
    public void Ask_QuestionInTheBand_CrisisResourcesThenTheQuotedAnswer()
    {
        var answer = watched.Engine.Ask(Question);
        var plain = SeedEngine.Instance.Ask(Question);

        Assert.Equal(plain.Kind, answer.Kind);
        Assert.Equal(plain.Quotes.Select(q => q.Text), answer.Quotes.Select(q => q.Text));
        Assert.NotNull(answer.Crisis);
        Assert.Null(plain.Crisis);

        var markdown = MarkdownRenderer.Render(answer);
        var crisisAt = markdown.IndexOf(answer.Crisis!.Title, StringComparison.Ordinal);
        var quoteAt = markdown.IndexOf(answer.Quotes[0].Text.Split('\n')[0], StringComparison.Ordinal);
        Assert.True(crisisAt >= 0 && quoteAt > crisisAt, "crisis resources come before the quote");
        Assert.Contains("tel:988", markdown, StringComparison.Ordinal);
        Assert.EndsWith(answer.Disclaimer!, markdown.TrimEnd('_'), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_QuestionInTheBand_IsACrisisReplyWithTheQuotesUnderTheCard()
    {
        var answer = watched.Engine.Ask(Question);

        using var json = System.Text.Json.JsonDocument.Parse(JsonAnswerRenderer.Render(answer));
        var root = json.RootElement;
        Assert.Equal("crisis", root.GetProperty("kind").GetString());
        Assert.Equal(answer.Quotes.Count, root.GetProperty("passages").GetArrayLength());
        Assert.True(answer.Quotes.Count > 0);
        Assert.StartsWith($"**{answer.Crisis!.Title}", root.GetProperty("reply").GetString(), StringComparison.Ordinal);
        Assert.Equal("answer", JsonAnswerRenderer.KindName(answer.Kind));
    }

    [Fact]
    public void AnsweringHit_QuestionInTheBand_IsNotOfferedAsAFollowUp()
    {
        Assert.NotNull(SeedEngine.Instance.Answerer.AnsweringHit(Question));
        Assert.Null(watched.Engine.Answerer.AnsweringHit(Question));
    }

    [Fact]
    public void Ask_AdviceInTheBand_ReferralKeptUnderTheResources()
    {
        var answer = watched.Engine.Ask("should i stop taking my sertraline before my infusion");

        Assert.Equal(AnswerKind.Advice, answer.Kind);
        var text = PlainTextRenderer.Render(answer);
        var crisisAt = text.IndexOf(answer.Crisis!.Title, StringComparison.Ordinal);
        var leadAt = text.IndexOf(answer.Lead, StringComparison.Ordinal);
        Assert.True(crisisAt >= 0 && leadAt > crisisAt, "the referral follows the crisis resources");
    }

    [Fact]
    public void Evaluation_WatchCountsAsHelpForCrisisAndAsAFalseAlarmOtherwise()
    {
        var watch = new TriageResult(TriageKind.Question, "question") { CrisisWatch = true };
        var evaluation = new TriageEvaluation();
        evaluation.Add(new TriageExample("w-1", "…", "crisis", "direct"), watch);
        evaluation.Add(new TriageExample("w-2", "…", "noncrisis", "idiom"), watch);
        evaluation.Add(new TriageExample("w-3", "…", "question", "cost"), watch);

        Assert.Equal((1, 1, 1), (evaluation.ByKind["crisis"].Right, evaluation.ByKind["crisis"].Total, evaluation.ByKind["crisis"].Watched));
        Assert.Equal(0, evaluation.ByKind["noncrisis"].Right);
        Assert.Equal(0, evaluation.ByKind["question"].Right);
    }

    [Fact]
    public void Train_ChoosesABandBelowTheCrisisThresholds()
    {
        var examples = TriageBank.Read(Repo.Data("triage-bank.jsonl")).Where(e => TriageSplit.IsTune(e.Id)).Take(300).ToList();

        var file = TriageTrainer.Train(examples, null, "none", "band test");

        var band = Assert.IsType<WatchThresholds>(file.CrisisWatch);
        Assert.True(band.Lexical < file.Lexical[0].Threshold, $"band {band.Lexical} not below the crisis threshold {file.Lexical[0].Threshold}");
    }

    private static MessageTriage Triage(WatchThresholds? band) => WithBand(band);

    internal static MessageTriage WithBand(WatchThresholds? band)
    {
        var shipped = TriageModel.For(SeedEngine.Encoder);
        return new MessageTriage(new TriageModel(shipped.File with { CrisisWatch = band }), SeedEngine.Encoder);
    }

    // The seed knowledge base with every scored message inside the band.
    public sealed class WatchedEngine : IDisposable
    {
        public FaqEngine Engine { get; } = FaqEngine.Open(
            SeedEngine.Settings(), encoder: SeedEngine.Encoder, triage: WithBand(new WatchThresholds(ThresholdSearch.Off, 0)));

        public void Dispose() => Engine.Dispose();
    }
}
