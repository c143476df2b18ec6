using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Schema.Activities;
using FaqBot.Tests.Bot.Teams;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

public sealed class ConversationReferenceExtensionsTests
{
    [Fact]
    public void ApplyConversationReference_TeamsMessage_SwapsAccountsAndSetsReplyTo()
    {
        var incoming = TeamsFixtures.Load("personal-message");

        var reply = new Activity { Id = "ignored", Text = "answer" }.ApplyConversationReference(incoming);

        Assert.Null(reply.Id);
        Assert.Equal(incoming.Recipient, reply.From);
        Assert.Equal(incoming.From, reply.Recipient);
        Assert.Equal(incoming.Conversation, reply.Conversation);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal(incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal("1712345600001", reply.ReplyToId);
        Assert.Equal("answer", reply.Text);
    }

    [Fact]
    public void ApplyConversationReference_ConversationUpdateOnWebChat_LeavesReplyToEmpty()
    {
        var incoming = TeamsFixtures.Load("conversation-update-bot-added") with { ChannelId = "webchat" };

        var reply = new Activity { Text = "welcome" }.ApplyConversationReference(incoming);

        Assert.Null(reply.ReplyToId);
    }

    [Fact]
    public void ApplyConversationReference_ReplyWithOwnLocale_KeepsIt()
    {
        var incoming = TeamsFixtures.Load("personal-message");

        var reply = new Activity { Locale = "de-DE" }.ApplyConversationReference(incoming);

        Assert.Equal("de-DE", reply.Locale);
    }
}
