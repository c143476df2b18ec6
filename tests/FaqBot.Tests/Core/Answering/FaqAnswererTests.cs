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
        Assert.NotNull(answer.Crisis);
        Assert.Contains("[Call 988](tel:988)", answer.Lead);
        Assert.Contains("[Call 911](tel:911)", answer.Lead);
        Assert.Empty(answer.Quotes);
        Assert.Null(answer.Disclaimer);
    }

    [Fact]
    public void Ask_MedicalEmergency_Gives911FirstNotTheSuicideLine()
    {
        var answer = Engine.Ask("my husband is having chest pain after his infusion");

        Assert.Equal(AnswerKind.Emergency, answer.Kind);
        Assert.Equal("tel:911", answer.Crisis!.Contacts[0].Uri);
        Assert.True(answer.Lead.IndexOf("911", StringComparison.Ordinal) < answer.Lead.IndexOf("988", StringComparison.Ordinal));
        Assert.Null(answer.Disclaimer);
    }

    [Fact]
    public void Ask_SpanishCrisis_GivesTheSpanishCard()
    {
        var answer = Engine.Ask("quiero morirme, ya no aguanto");

        Assert.Equal(AnswerKind.Crisis, answer.Kind);
        Assert.Equal("es", answer.Crisis!.Language);
        Assert.Contains("marca 2", answer.Crisis.Text);
    }

    [Fact]
    public void Ask_SomeoneElseAtRisk_SpeaksToTheWorriedWriter()
    {
        var answer = Engine.Ask("my teenage son told me he wants to die");

        Assert.Equal(AnswerKind.Crisis, answer.Kind);
        Assert.Equal(FaqBot.Core.Answering.Triage.TriageAudience.Other, answer.Crisis!.Audience);
        Assert.Contains("someone you know", answer.Crisis.Text);
    }

    [Fact]
    public void Ask_LongMessageWithCrisisNearTheEnd_GivesCrisisCard()
    {
        var story = string.Concat(Enumerable.Repeat("My week was long and the sessions have been going fine so far. ", 300));

        var answer = Engine.Ask(story + "Honestly I have been saving up my pills. How long does a session last?");

        Assert.True(story.Length > 4096);
        Assert.Equal(AnswerKind.Crisis, answer.Kind);
    }

    [Fact]
    public void Ask_LongMessageWithQuestionAtTheEnd_AnswersTheQuestion()
    {
        var story = string.Concat(Enumerable.Repeat("My week was long and my sister drove me to the clinic again. ", 250));

        var answer = Engine.Ask(story + "What is the default mode network?");

        Assert.True(story.Length > FaqAnswerer.MaxQuestionChars * 2);
        Assert.Equal(AnswerKind.Answer, answer.Kind);
    }

    [Fact]
    public void Ask_MessageOverTheLimit_SaysSoClearly()
    {
        var message = string.Concat(Enumerable.Repeat("how long does a session last ", 1000));

        var answer = Engine.Ask(message);

        Assert.True(message.Length > FaqAnswerer.MaxMessageChars);
        Assert.Equal(AnswerKind.Smalltalk, answer.Kind);
        Assert.Contains("20,000", answer.Lead);
    }

    [Fact]
    public void Ask_MessageOverTheLimitWithCrisis_StillGivesCrisisCard()
    {
        var message = string.Concat(Enumerable.Repeat("how long does a session last ", 1000)) + " i want to kill myself";

        var answer = Engine.Ask(message);

        Assert.Equal(AnswerKind.Crisis, answer.Kind);
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
    public void Ask_SmallTalk_ShortReplyWithSuggestionsAndNoDisclaimer(string message)
    {
        var answer = Engine.Ask(message);

        Assert.Equal(AnswerKind.Smalltalk, answer.Kind);
        Assert.Empty(answer.Quotes);
        Assert.Null(answer.Disclaimer);
        Assert.InRange(answer.FollowUps.Count, 1, 3);
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
        Assert.InRange(answer.FollowUps.Count, 2, 3);
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
    public void Ask_OneMegabyteQuestion_IsTriagedAndToldItIsTooLong()
    {
        var huge = string.Concat(Enumerable.Repeat("what does ketamine do to the brain and the glutamate system? ", 17_000));

        var answer = Engine.Ask(huge);

        Assert.True(huge.Length > 1_000_000);
        Assert.Equal(AnswerKind.Smalltalk, answer.Kind);
        Assert.Contains("characters long", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUps_EveryOfferedQuestion_IsAnsweredFromTheDocuments()
    {
        var offered = Engine.FollowUps.All;

        Assert.True(offered.Count >= 5, $"only {offered.Count} follow-ups");
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
