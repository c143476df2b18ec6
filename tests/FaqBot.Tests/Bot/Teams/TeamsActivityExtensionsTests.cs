using System.Text.Json;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Teams;

namespace FaqBot.Tests.Bot.Teams;

public sealed class TeamsActivityExtensionsTests
{
    [Fact]
    public void RemoveRecipientMention_ChannelMessage_StripsBotMention()
    {
        var activity = TeamsFixtures.Load("channel-message");

        var text = activity.RemoveRecipientMention();

        Assert.Equal("how long is a session?", text);
    }

    [Fact]
    public void RemoveRecipientMention_GroupChatWithOtherMentionAndNbsp_KeepsOtherMention()
    {
        var activity = TeamsFixtures.Load("groupchat-message");

        var text = activity.RemoveRecipientMention();

        Assert.Equal("<at>Dana</at> see what says: is ketamine addictive?", text);
    }

    [Fact]
    public void RemoveRecipientMention_PersonalWithoutMention_ReturnsTextUnchanged()
    {
        var activity = TeamsFixtures.Load("personal-message");

        var text = activity.RemoveRecipientMention();

        Assert.Equal("How long is a session?", text);
    }

    [Fact]
    public void RemoveRecipientMention_NameInTextButNoEntity_LeavesText()
    {
        var activity = TeamsFixtures.Load("channel-message") with { Entities = [] };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("<at>FAQ Bot</at> how long is a session?", text);
    }

    [Fact]
    public void RemoveRecipientMention_EntityWithoutText_FallsBackToMentionedName()
    {
        var entity = JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = TeamsFixtures.BotId, name = "FAQ Bot" } });
        var activity = TeamsFixtures.Load("channel-message") with { Entities = [entity], Text = "<at>FAQ Bot</at>&nbsp; stats" };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("stats", text);
    }

    [Fact]
    public void RemoveRecipientMention_MentionTextWithRegexCharacters_IsMatchedLiterally()
    {
        var entity = JsonSerializer.SerializeToElement(new { type = "mention", mentioned = new { id = TeamsFixtures.BotId, name = "Bot (FAQ)+" }, text = "<at>Bot (FAQ)+</at>" });
        var activity = TeamsFixtures.Load("channel-message") with { Entities = [entity], Text = "<at>Bot (FAQ)+</at> sources" };

        var text = activity.RemoveRecipientMention();

        Assert.Equal("sources", text);
    }

    [Fact]
    public void GetTenantId_ChannelDataOnly_ReadsChannelDataTenant()
    {
        var activity = TeamsFixtures.Load("channel-message") with { Conversation = new ConversationAccount { Id = "19:x" } };

        var tenant = activity.GetTenantId();

        Assert.Equal(TeamsFixtures.ClinicTenant, tenant);
    }

    [Theory]
    [InlineData("personal-message", "personal", "a:1PersonalChatWithAna")]
    [InlineData("channel-message", "channel", "19:abc@thread.tacv2;messageid=1712345678901")]
    [InlineData("groupchat-message", "groupChat", "19:meeting_group@thread.v2")]
    public void Fixture_Message_DeserializesConversationShape(string name, string conversationType, string conversationId)
    {
        var activity = TeamsFixtures.Load(name);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(conversationType, activity.Conversation?.ConversationType);
        Assert.Equal(conversationId, activity.Conversation?.Id);
        Assert.Equal(TeamsFixtures.BotId, activity.Recipient?.Id);
    }

    [Fact]
    public void Fixture_InstallationUpdate_RoundTripsUnknownChannelData()
    {
        var activity = TeamsFixtures.Load("installation-add");

        var json = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal("add", activity.Action);
        Assert.Contains("\"selectedChannel\"", json, StringComparison.Ordinal);
    }
}
