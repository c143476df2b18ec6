using System.Text.Json;
using FaqBot.Bot;
using FaqBot.Bot.Events;
using FaqBot.Bot.Schema;
using FaqBot.Core.Answering;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Bot;

public sealed class FaqBotActivityHandlerTests
{
    private readonly FakeAnswerer _answerer = new();
    private readonly InMemoryAnswerEventSink _events = new();

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
    public async Task OnTurnAsync_Question_OffersFollowUpsAndFeedbackButtons()
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendTextAsync("how long is a session?");

        var actions = replies[^1].SuggestedActions!.Actions;
        Assert.Equal(["imBack", "imBack", "postBack", "postBack"], actions.Select(a => a.Type));
        Assert.Equal("How long is a session?", actions[0].Value!.Value.GetString());
        Assert.Equal(["Helpful", "Not helpful"], actions.Skip(2).Select(a => a.Title));
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
    public async Task OnTurnAsync_HelpfulClick_RecordsFeedbackAndThanks()
    {
        var flow = new TestFlow(CreateHandler());
        var answer = await flow.SendTextAsync("how long is a session?");
        var helpful = answer[^1].SuggestedActions!.Actions.Single(a => a.Title == "Helpful");
        var click = new Activity { Type = ActivityTypes.Message, Value = helpful.Value, ChannelData = JsonDocument.Parse("""{"postBack":true}""").RootElement };

        var replies = await flow.SendAsync(click);

        var thanks = Assert.Single(replies);
        Assert.Equal("Thanks!", thanks.Text);
        var feedback = Assert.Single(_events.Feedback);
        Assert.Equal(FeedbackRating.Helpful, feedback.Rating);
        Assert.Equal("conv1|0000001", feedback.AnswerToActivityId);
        Assert.Equal(1, _answerer.Calls);
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
    public async Task OnTurnAsync_Smalltalk_HasNoFeedbackButtons()
    {
        var answerer = new FakeAnswerer { Kind = AnswerKind.Smalltalk };
        var flow = new TestFlow(CreateHandler(answerer));

        var replies = await flow.SendTextAsync("thanks");

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
