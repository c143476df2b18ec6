using FaqBot.Tests.TestSupport;
using FaqBot.Bot;
using FaqBot.Schema.Events;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Teams;
using FaqBot.Core.Answering;
using FaqBot.Tests.Bot.Staff;
using FaqBot.Tests.Bot.Teams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FaqBot.Tests.Bot;

public sealed class FaqBotActivityHandlerTeamsTests
{
    private readonly FakeAnswerer _answerer = new();
    private readonly RecordingEventSink _events = new();
    private readonly FakeKnowledgeBaseAdmin _admin = new();

    [Theory]
    [InlineData("channel-message", "how long is a session?")]
    [InlineData("groupchat-message", "<at>Dana</at> see what says: is ketamine addictive?")]
    [InlineData("personal-message", "How long is a session?")]
    public async Task OnTurnAsync_TeamsMessage_AnswersTextWithoutBotMention(string fixture, string expectedQuestion)
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendAsync(TeamsFixtures.Load(fixture));

        Assert.Equal(expectedQuestion, Assert.Single(_events.Answers).Question);
        Assert.Contains("\n> ", "\n" + replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_TeamsAnswer_FeedbackButtonsAreImBack()
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendAsync(TeamsFixtures.Load("personal-message"));

        var actions = replies[^1].SuggestedActions!.Actions;
        Assert.All(actions, a => Assert.Equal("imBack", a.Type));
        Assert.Equal(["Helpful", "Not helpful"], actions.Skip(2).Select(a => a.Value!.Value.GetString()));
    }

    [Theory]
    [InlineData("Helpful", FeedbackRating.Helpful)]
    [InlineData("not helpful", FeedbackRating.NotHelpful)]
    public async Task OnTurnAsync_TeamsImBackFeedback_RecordsFeedbackForLastAnswer(string text, FeedbackRating expected)
    {
        var flow = new TestFlow(CreateHandler());
        var question = TeamsFixtures.Load("personal-message");
        await flow.SendAsync(question);

        var replies = await flow.SendAsync(question with { Id = "1712345600002", Text = text });

        Assert.Equal("Thanks!", Assert.Single(replies).Text);
        var feedback = Assert.Single(_events.Feedback);
        Assert.Equal(expected, feedback.Rating);
        Assert.Equal(question.Id, feedback.AnswerToActivityId);
        Assert.Equal(1, _answerer.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_HelpfulTextOverDirectLine_IsAQuestion()
    {
        var flow = new TestFlow(CreateHandler());

        await flow.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "Helpful", ChannelId = "directline" });

        Assert.Empty(_events.Feedback);
        Assert.Equal(1, _answerer.Calls);
    }

    [Theory]
    [InlineData("reaction-like", FeedbackRating.Helpful)]
    [InlineData("reaction-heart", FeedbackRating.Helpful)]
    [InlineData("reaction-sad", FeedbackRating.NotHelpful)]
    [InlineData("reaction-angry", FeedbackRating.NotHelpful)]
    public async Task OnTurnAsync_Reaction_RecordsFeedbackWithoutReply(string fixture, FeedbackRating expected)
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendAsync(TeamsFixtures.Load(fixture));

        Assert.Empty(replies);
        Assert.Equal(expected, Assert.Single(_events.Feedback).Rating);
    }

    [Theory]
    [InlineData("reaction-laugh")]
    [InlineData("reaction-like-removed")]
    public async Task OnTurnAsync_OtherReaction_RecordsNothing(string fixture)
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendAsync(TeamsFixtures.Load(fixture));

        Assert.Empty(replies);
        Assert.Empty(_events.Feedback);
    }

    [Fact]
    public async Task OnTurnAsync_ReactionToAnswer_FeedbackNamesTheQuestion()
    {
        var flow = new TestFlow(CreateHandler());
        var question = TeamsFixtures.Load("personal-message");
        var answer = await flow.SendAsync(question);

        // TestFlow numbers the sent activities reply1 (typing), reply2 (the answer).
        await flow.SendAsync(TeamsFixtures.Load("reaction-like") with { ReplyToId = $"reply{answer.Count}" });

        Assert.Equal(question.Id, Assert.Single(_events.Feedback).AnswerToActivityId);
    }

    [Fact]
    public async Task OnTurnAsync_InstallationAddFromStaff_WelcomeListsCapabilitiesAndStaffCommands()
    {
        var flow = new TestFlow(CreateHandler(), senderAuthenticated: true);

        var replies = await flow.SendAsync(TeamsFixtures.Load("installation-add"));

        var welcome = Assert.Single(replies);
        Assert.Contains("What I can do", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("`stats`", welcome.Text, StringComparison.Ordinal);
        Assert.All(welcome.SuggestedActions!.Actions, a => Assert.Equal("imBack", a.Type));
    }

    [Fact]
    public async Task OnTurnAsync_InstallationAddFromOtherTenant_WelcomeWithoutStaffCommands()
    {
        var flow = new TestFlow(CreateHandler(staffTenant: "99999999-0000-0000-0000-000000000000"));

        var replies = await flow.SendAsync(TeamsFixtures.Load("installation-add"));

        var welcome = Assert.Single(replies);
        Assert.Contains("What I can do", welcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Staff commands", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_InstallationRemove_SendsNothing()
    {
        var flow = new TestFlow(CreateHandler());

        var replies = await flow.SendAsync(TeamsFixtures.Load("installation-remove"));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task OnTurnAsync_TeamsMembersAdded_NoWelcome()
    {
        var flow = new TestFlow(CreateHandler());
        var join = TeamsFixtures.Load("conversation-update-bot-added") with
        {
            MembersAdded = [new ChannelAccount { Id = "29:1NewColleague" }],
        };

        var replies = await flow.SendAsync(join);

        Assert.Empty(replies);
    }

    private FaqBotActivityHandler CreateHandler(string staffTenant = TeamsFixtures.ClinicTenant) => new(
        _answerer,
        _events,
        Options.Create(new ClinicOptions { Name = "Test Clinic" }),
        Options.Create(new BotOptions { FeedbackThanks = "Thanks!" }),
        TimeProvider.System,
        NullLogger<FaqBotActivityHandler>.Instance,
        new StaffAccessPolicy(new StaffAccessOptions { StaffTenantIds = [staffTenant] }),
        _admin);
}
