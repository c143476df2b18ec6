using System.Net;
using FaqBot.Schema.Events;

namespace FaqBot.Tests.Server.BotFramework;

public sealed class TeamsConversationTests : IAsyncLifetime
{
    private TeamsServerHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsServerHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PostMessages_PersonalQuestion_AnswerQuotedAtConnector()
    {
        using var response = await _host.PostAsync(_host.Activity("personal-message"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_host.Messages);
        Assert.Equal("/emea/v3/conversations/a%3A1PersonalChatWithAna/activities/1712345600001", reply.RawTarget);
        var text = reply.Json["text"]!.GetValue<string>();
        Assert.StartsWith("> ", text, StringComparison.Ordinal);
        Assert.Contains("\n— *", text, StringComparison.Ordinal);
        Assert.Contains(FaqBotTestServer.Disclaimer, text, StringComparison.Ordinal);
        Assert.Equal("markdown", reply.Json["textFormat"]!.GetValue<string>());
        Assert.All(reply.Json["suggestedActions"]!["actions"]!.AsArray(), a => Assert.Equal("imBack", a!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PostMessages_ChannelMention_ReplyThreadedToChannelConversationWithoutMention()
    {
        const string threadId = "19:abc@thread.tacv2;messageid=1712345678901";

        using var response = await _host.PostAsync(_host.Activity("channel-message"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_host.Messages);
        Assert.Equal($"/emea/v3/conversations/{Uri.EscapeDataString(threadId)}/activities/1712345678901", reply.RawTarget);
        Assert.Equal(threadId, reply.Json["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("1712345678901", reply.Json["replyToId"]!.GetValue<string>());
        Assert.StartsWith("> ", reply.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("how long is a session?", Assert.Single(_host.Events.Answers).Question);
    }

    [Fact]
    public async Task PostMessages_GroupChatMention_AnsweredInGroupChat()
    {
        using var response = await _host.PostAsync(_host.Activity("groupchat-message"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_host.Messages);
        Assert.StartsWith($"/emea/v3/conversations/{Uri.EscapeDataString("19:meeting_group@thread.v2")}/activities/", reply.RawTarget, StringComparison.Ordinal);
        Assert.DoesNotContain("FAQ Bot", Assert.Single(_host.Events.Answers).Question, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(FaqBotTestServer.Disclaimer, reply.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reaction-like", FeedbackRating.Helpful)]
    [InlineData("reaction-angry", FeedbackRating.NotHelpful)]
    public async Task PostMessages_Reaction_FeedbackRecordedWithoutReply(string fixture, FeedbackRating expected)
    {
        using var response = await _host.PostAsync(_host.Activity(fixture));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(_host.Events.Feedback).Rating);
        Assert.Empty(_host.Connector.Calls);
    }

    [Fact]
    public async Task PostMessages_ReactionToAnswer_FeedbackNamesTheQuestion()
    {
        using var question = await _host.PostAsync(_host.Activity("personal-message"));
        var reaction = _host.Activity("reaction-heart");

        // The mock Connector numbers what it receives: the answer, sent after the typing indicator, is the last one.
        reaction["replyToId"] = $"reply-{_host.Connector.Calls.Count}";

        using var response = await _host.PostAsync(reaction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feedback = Assert.Single(_host.Events.Feedback);
        Assert.Equal(FeedbackRating.Helpful, feedback.Rating);
        Assert.Equal("1712345600001", feedback.AnswerToActivityId);
    }

    [Fact]
    public async Task PostMessages_InstallationAdd_WelcomeListsCapabilities()
    {
        using var response = await _host.PostAsync(_host.Activity("installation-add"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(_host.Messages);
        Assert.Equal("/emea/v3/conversations/a%3A1PersonalChatWithAna/activities/f%3Ainstall-1", welcome.RawTarget);
        var text = welcome.Json["text"]!.GetValue<string>();
        Assert.Contains("What I can do", text, StringComparison.Ordinal);
        Assert.Contains("`sources`", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessages_BotAddedToTeam_NoWelcomeSpam()
    {
        var update = _host.Activity("conversation-update-bot-added");
        update["membersAdded"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["id"] = "29:1NewColleague" });

        using var response = await _host.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_host.Connector.Calls);
    }
}
