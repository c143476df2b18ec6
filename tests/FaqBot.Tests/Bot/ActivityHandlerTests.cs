using FaqBot.Bot;
using FaqBot.Schema.Activities;

namespace FaqBot.Tests.Bot;

public sealed class ActivityHandlerTests
{
    [Fact]
    public async Task OnTurnAsync_Message_CallsOnMessageActivity()
    {
        var handler = new RecordingHandler();

        await new TestFlow(handler).SendTextAsync("hi");

        Assert.Equal(["message"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdateWithUser_CallsOnMembersAdded()
    {
        var handler = new RecordingHandler();
        var activity = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [TestFlow.BotAccount, TestFlow.User] };

        await new TestFlow(handler).SendAsync(activity);

        Assert.Equal(["membersAdded:2"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdateWithOnlyBot_CallsNothing()
    {
        var handler = new RecordingHandler();
        var activity = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [TestFlow.BotAccount] };

        await new TestFlow(handler).SendAsync(activity);

        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_MembersRemoved_CallsOnMembersRemoved()
    {
        var handler = new RecordingHandler();
        var activity = new Activity { Type = ActivityTypes.ConversationUpdate, MembersRemoved = [TestFlow.User] };

        await new TestFlow(handler).SendAsync(activity);

        Assert.Equal(["membersRemoved"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_ReactionsAddedAndRemoved_CallsBoth()
    {
        var handler = new RecordingHandler();
        var activity = new Activity
        {
            Type = ActivityTypes.MessageReaction,
            ReactionsAdded = [new MessageReaction { Type = "like" }],
            ReactionsRemoved = [new MessageReaction { Type = "sad" }],
        };

        await new TestFlow(handler).SendAsync(activity);

        Assert.Equal(["reactionsAdded:like", "reactionsRemoved:sad"], handler.Calls);
    }

    [Theory]
    [InlineData("add", "install:add")]
    [InlineData("add-upgrade", "install:add")]
    [InlineData("remove-upgrade", "install:remove")]
    public async Task OnTurnAsync_InstallationUpdate_DispatchesOnAction(string action, string expected)
    {
        var handler = new RecordingHandler();

        await new TestFlow(handler).SendAsync(new Activity { Type = ActivityTypes.InstallationUpdate, Action = action });

        Assert.Equal([expected], handler.Calls);
    }

    [Theory]
    [InlineData(ActivityTypes.Event, "event")]
    [InlineData(ActivityTypes.Typing, "typing")]
    [InlineData(ActivityTypes.EndOfConversation, "endOfConversation")]
    [InlineData("somethingNew", "unrecognized")]
    public async Task OnTurnAsync_OtherTypes_DispatchesOnType(string type, string expected)
    {
        var handler = new RecordingHandler();

        await new TestFlow(handler).SendAsync(new Activity { Type = type });

        Assert.Equal([expected], handler.Calls);
    }

    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("message");

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record($"membersAdded:{membersAdded.Count}");

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("membersRemoved");

        protected override Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record($"reactionsAdded:{messageReactions[0].Type}");

        protected override Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record($"reactionsRemoved:{messageReactions[0].Type}");

        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("install:add");

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("install:remove");

        protected override Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event");

        protected override Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("endOfConversation");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unrecognized");

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
