using FaqBot.Tests.TestSupport;
using System.Text.Json;
using FaqBot.Bot;
using FaqBot.Schema.Events;
using FaqBot.Schema.Activities;
using FaqBot.Core.Answering;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Bot;

public sealed class FaqBotActivityHandlerTests
{
    private readonly FakeAnswerer _answerer = new();
    private readonly RecordingEventSink _events = new();

    [Fact]
    public async Task OnTurnAsync_UserJoins_SendsWelcomeWithExampleQuestions()
    {
        var flow = new TestFlow(CreateHandler());
        var join = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [TestFlow.BotAccount, TestFlow.User] };

        var replies = await flow.SendAsync(join);

        var welcome = Assert.Single(replies);
        Assert.Contains("Test Clinic", welcome.Text, StringComparison.Ordinal);
        var actions = welcome.SuggestedActions!.Actions;
        Assert.InRange(actions.Count, 3, 4);
        Assert.All(actions, action => Assert.Equal("imBack", action.Type));
        Assert.Null(welcome.ReplyToId);
    }

    [Fact]
    public async Task OnTurnAsync_Question_SendsTypingThenQuotedMarkdownAnswer()
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendTextAsync("how long is a session?");

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], replies.Select(r => r.Type));
        var answer = replies[1];
        Assert.Equal("markdown", answer.TextFormat);
        Assert.Contains("\n> ", "\n" + answer.Text, StringComparison.Ordinal);
        Assert.Contains("— *", answer.Text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerer.Disclaimer, answer.Text, StringComparison.Ordinal);
        Assert.Equal("conv1|0000001", answer.ReplyToId);
        Assert.Equal(TestFlow.User.Id, answer.Recipient!.Id);
    }

    [Fact]
    public async Task OnTurnAsync_Question_OffersOnlyFollowUpsAsSuggestions()
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendTextAsync("how long is a session?");

        var actions = replies[^1].SuggestedActions!.Actions;
        Assert.Equal(["imBack"], actions.Select(a => a.Type).Distinct());
        Assert.Equal("How long is a session?", actions[0].Value!.Value.GetString());
        Assert.DoesNotContain(actions, a => a.Title is "Helpful" or "Not helpful");
    }

    [Fact]
    public async Task OnTurnAsync_Question_AnswerCarriesThumbsNamingTheQuestion()
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendTextAsync("how long is a session?");

        var message = Assert.Single(replies[^1].Entities!);
        Assert.Equal("https://schema.org/Message", message.GetProperty("type").GetString());
        Assert.Equal(string.Empty, message.GetProperty("@id").GetString());
        var actions = message.GetProperty("potentialAction").EnumerateArray().ToList();
        Assert.Equal(["LikeAction", "DislikeAction"], actions.Select(a => a.GetProperty("@type").GetString()));
        Assert.All(actions, a => Assert.EndsWith("conv1%7C0000001", a.GetProperty("@id").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, FeedbackRating.Helpful)]
    [InlineData(1, FeedbackRating.NotHelpful)]
    public async Task OnTurnAsync_ThumbClickEvent_RecordsFeedbackForThatAnswerSilently(int thumb, FeedbackRating expected)
    {
        var flow = new TestFlow(CreateHandler());
        var answer = await flow.SendTextAsync("how long is a session?");
        var action = answer[^1].Entities![0].GetProperty("potentialAction")[thumb].Clone();
        var click = new Activity { Type = ActivityTypes.Event, Name = FeedbackVotes.EventName, Entities = [action] };

        var replies = await flow.SendAsync(click);

        Assert.Empty(replies);
        var feedback = Assert.Single(_events.Feedback);
        Assert.Equal(expected, feedback.Rating);
        Assert.Equal("conv1|0000001", feedback.AnswerToActivityId);
        Assert.Equal(1, _answerer.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_OtherEventOrUnknownVote_RecordsNothing()
    {
        var flow = new TestFlow(CreateHandler());
        var vote = JsonDocument.Parse("""{"@type":"ShareAction","@id":"urn:faqbot:answer-to:x"}""").RootElement;

        await flow.SendAsync(new Activity { Type = ActivityTypes.Event, Name = FeedbackVotes.EventName, Entities = [vote] });
        await flow.SendAsync(new Activity { Type = ActivityTypes.Event, Name = "other", Entities = [vote] });

        Assert.Empty(_events.Feedback);
    }

    [Fact]
    public async Task OnTurnAsync_Greeting_OffersTheWelcomesExampleQuestions()
    {
        var answerer = new FakeAnswerer { Kind = AnswerKind.Smalltalk };
        var flow = new TestFlow(CreateHandler(answerer));

        var replies = await flow.SendTextAsync("hi");

        Assert.Equal(BotOptions.DefaultExampleQuestions, replies[^1].SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task OnTurnAsync_Question_RecordsAnswerEvent()
    {
        var flow = new TestFlow(CreateHandler());

        await flow.SendTextAsync("how long is a session?");

        var recorded = Assert.Single(_events.Answers);
        Assert.Equal(AnswerKind.Answer, recorded.Kind);
        Assert.Equal("conv1", recorded.ConversationId);
        Assert.Equal(1, recorded.QuoteCount);
    }

    [Fact]
    public async Task OnTurnAsync_PostBackFeedbackClick_RecordsFeedbackAndThanks()
    {
        var flow = new TestFlow(CreateHandler());
        var click = new Activity
        {
            Type = ActivityTypes.Message, Value = FeedbackActions.Create(FeedbackRating.Helpful, "x", "conv1|0000001").Value,
            ChannelData = JsonDocument.Parse("""{"postBack":true}""").RootElement,
        };

        var replies = await flow.SendAsync(click);

        Assert.Equal("Thanks!", Assert.Single(replies).Text);
        var feedback = Assert.Single(_events.Feedback);
        Assert.Equal(FeedbackRating.Helpful, feedback.Rating);
        Assert.Equal("conv1|0000001", feedback.AnswerToActivityId);
    }

    [Fact]
    public async Task OnTurnAsync_NotHelpfulClick_RecordsNotHelpful()
    {
        var flow = new TestFlow(CreateHandler());
        var click = new Activity { Type = ActivityTypes.Message, Value = FeedbackActions.Create(FeedbackRating.NotHelpful, "x", "q9").Value };

        await flow.SendAsync(click);

        Assert.Equal(FeedbackRating.NotHelpful, Assert.Single(_events.Feedback).Rating);
    }

    [Fact]
    public async Task OnTurnAsync_EmptyText_AsksForAQuestionWithoutAnswering()
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendTextAsync("   ");

        Assert.Equal(ActivityTypes.Message, Assert.Single(replies).Type);
        Assert.Equal(0, _answerer.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_Smalltalk_HasNoFeedbackThumbs()
    {
        var answerer = new FakeAnswerer { Kind = AnswerKind.Smalltalk };
        var flow = new TestFlow(CreateHandler(answerer));

        var replies = await flow.SendTextAsync("thanks");

        Assert.Null(replies[^1].Entities);
        Assert.DoesNotContain(replies[^1].SuggestedActions!.Actions, a => a.Type == "postBack");
    }

    private FaqBotActivityHandler CreateHandler(IQuestionAnswerer? answerer = null) => new(
        answerer ?? _answerer,
        _events,
        Options.Create(new ClinicOptions { Name = "Test Clinic" }),
        Options.Create(new BotOptions { FeedbackThanks = "Thanks!" }),
        TimeProvider.System,
        NullLogger<FaqBotActivityHandler>.Instance);
}
