using FaqBot.Core.Answering;
using FaqBot.Core.Highlighting;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering;

public sealed class FaqAnswererTests
{
    private static readonly FaqEngine Engine = SeedEngine.Instance;

    [Theory]
    [InlineData("i want to kill myself")]
    [InlineData("I don't see the point anymore")]
    [InlineData("I took all my pills")]
    [InlineData("everyone would be better off without me")]
    [InlineData("how fast does ketamine work? i can't go on like this, i want to end it all")]
    public void Ask_CrisisSignal_GivesCrisisResourcesFirstAndNoQuotes(string message)
    {
        var answer = Engine.Ask(message);

        Assert.Equal(AnswerKind.Crisis, answer.Kind);
        Assert.Equal(Engine.Settings.Clinic.CrisisText, answer.Lead);
        Assert.Contains("988", answer.Lead);
        Assert.Contains("911", answer.Lead);
        Assert.Empty(answer.Quotes);
    }

    [Theory]
    [InlineData("will it kill the pain")]
    [InlineData("I'm dying to know how fast it works")]
    public void Ask_AlarmingWordsUsedOrdinarily_IsNotACrisis(string message)
    {
        var answer = Engine.Ask(message);

        Assert.NotEqual(AnswerKind.Crisis, answer.Kind);
    }

    [Fact]
    public void Ask_PersonalMedicalAdvice_RefersToClinician()
    {
        var answer = Engine.Ask("should I stop my meds before starting ketamine?");

        Assert.Equal(AnswerKind.Advice, answer.Kind);
        Assert.Equal(Engine.Settings.Clinic.AdviceText, answer.Lead);
        Assert.Equal(Engine.Settings.Clinic.Disclaimer, answer.Disclaimer);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("thanks so much")]
    [InlineData("help")]
    public void Ask_SmallTalk_ShortReplyOfferingTheWelcomesExamplesAndNoDisclaimer(string message)
    {
        var answer = Engine.Ask(message);

        Assert.Equal(AnswerKind.Smalltalk, answer.Kind);
        Assert.Empty(answer.Quotes);
        Assert.Null(answer.Disclaimer);
        Assert.Equal(FaqEngineSettings.DefaultExampleQuestions, answer.FollowUps);
    }

    [Fact]
    public void Ask_Greeting_OffersTheConfiguredExamples()
    {
        using var engine = FaqEngine.Open(SeedEngine.Settings(s => s.ExampleQuestions = ["How long does a session last?"]), encoder: SeedEngine.Encoder);

        Assert.Equal(["How long does a session last?"], engine.Ask("hi").FollowUps);
        Assert.Empty(engine.Ask("bye").FollowUps);
    }

    // Issue 13 point 2: an unanswered question gets no suggestions (none relates to it); an answer's suggestions are
    // checked questions from sections retrieval found relevant or beside the quoted one, in the same documents.
    [Theory]
    [InlineData("does insurance cover this?")]
    [InlineData("is there parking at the clinic")]
    public void Ask_NotCovered_OffersNoUnrelatedSuggestions(string message)
    {
        var answer = Engine.Ask(message);

        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.Empty(answer.FollowUps);
    }

    [Theory]
    [InlineData("What are the side effects of ketamine?")]
    [InlineData("how long does a session last")]
    [InlineData("is it used for ptsd")]
    public void Ask_Answer_FollowUpsComeFromTheAnswersDocumentsAndAreAnswerable(string message)
    {
        var answer = Engine.Ask(message);
        var documents = answer.Quotes.Select(q => q.SourceFile).ToHashSet();

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.NotEmpty(answer.FollowUps);
        Assert.All(answer.FollowUps, followUp =>
        {
            Assert.Contains(followUp, Engine.FollowUps.All);
            var followed = Engine.Ask(followUp);
            Assert.Equal(AnswerKind.Answer, followed.Kind);
            Assert.Contains(followed.Quotes[0].SourceFile, documents);
        });
    }

    [Fact]
    public void Ask_AnswerableQuestion_QuotesVerbatimWithSourceFollowUpsAndDisclaimer()
    {
        var answer = Engine.Ask("how long does a session last");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.InRange(answer.Quotes.Count, 1, 3);
        Assert.Contains("Each session lasts about 40 minutes to an hour.", answer.Quotes[0].Text);
        Assert.Equal("what-does-ketamine-do-to-your-brain.txt", answer.Quotes[0].SourceFile);
        Assert.Equal(answer.Quotes.Count, answer.Quotes.Select(q => q.PassageId).Distinct().Count());
        Assert.InRange(answer.FollowUps.Count, 1, 3);
        Assert.Equal(Engine.Settings.Clinic.Disclaimer, answer.Disclaimer);
    }

    [Theory]
    [InlineData("how much does it cost")]
    [InlineData("do you take insurance?")]
    [InlineData("is there parking at the clinic")]
    public void Ask_NotCovered_AbstainsHonestlyWithContactAndNoQuotes(string message)
    {
        var answer = Engine.Ask(message);

        Assert.Equal(AnswerKind.Abstain, answer.Kind);
        Assert.Empty(answer.Quotes);
        Assert.Contains(Engine.Settings.Clinic.Contact, answer.Lead);
        Assert.Contains(Engine.Settings.Clinic.AbstainText, answer.Lead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀😀")]
    [InlineData("\u200B\u200B\u200D")]
    [InlineData("ما هو الكيتامين؟")]
    [InlineData("מה זה קטמין")]
    [InlineData("ketamine\u200B side\u200Deffects \u202Eevil\u202C")]
    [InlineData("\0\u0001\u0002 binary \uFFFF junk \uD800")]
    public void Ask_OddInput_AnswersOrAbstainsWithoutThrowing(string message)
    {
        var answer = Engine.Ask(message);

        Assert.Contains(answer.Kind, new[] { AnswerKind.Answer, AnswerKind.Abstain, AnswerKind.Smalltalk, AnswerKind.Clarify });
    }

    [Fact]
    public void Ask_OneMegabyteQuestion_ReturnsAnAnswerKind()
    {
        var huge = string.Concat(Enumerable.Repeat("what does ketamine do to the brain and the glutamate system? ", 17_000));

        var answer = Engine.Ask(huge);

        Assert.True(huge.Length > 1_000_000);
        Assert.Contains(answer.Kind, new[] { AnswerKind.Answer, AnswerKind.Abstain, AnswerKind.Clarify });
    }

    [Fact]
    public void FollowUps_EveryOfferedQuestion_IsAnsweredFromTheDocuments()
    {
        var offered = Engine.FollowUps.All;

        Assert.True(offered.Count >= 5, $"only {offered.Count} follow-ups");
        Assert.All(offered, question => Assert.EndsWith("?", question, StringComparison.Ordinal));
        Assert.DoesNotContain(offered, question => question.Contains(':', StringComparison.Ordinal) || question.StartsWith("Tell me", StringComparison.Ordinal));
        Assert.All(offered, question => Assert.Contains(Engine.Ask(question).Kind, new[] { AnswerKind.Answer, AnswerKind.Clarify }));
    }

    [Fact]
    public void Ask_DevQuestions_EveryQuoteIsVerbatimFromItsPassage()
    {
        var passages = Engine.Searcher.Index.Passages.ToDictionary(p => p.Id);
        var questions = File.ReadLines(Repo.Data("dev-questions.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!);

        foreach (var question in questions)
        {
            foreach (var quote in Engine.Ask(question).Quotes)
            {
                var inner = quote.Text;
                inner = inner.StartsWith(QuoteBuilder.Ellipsis + " ", StringComparison.Ordinal) ? inner[2..] : inner;
                inner = inner.EndsWith(" " + QuoteBuilder.Ellipsis, StringComparison.Ordinal) ? inner[..^2] : inner;
                Assert.Contains(inner, passages[quote.PassageId].Text);
            }
        }
    }
}
