using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server;

public abstract class DirectLineConversationTests : StorageProviderServerTests
{
    protected override bool InMemoryHost => true;

    [Fact]
    public async Task StartConversation_FirstThenAgain_Returns201Then200WithStreamUrl()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.GenerateTokenAsync();

        using var first = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token, """{"user":{}}""");
        using var again = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token, """{"user":{}}""");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var json = await DirectLineTestClient.ReadAsync(first);
        Assert.Equal(conversationId, json["conversationId"]!.GetValue<string>());
        var streamUrl = json["streamUrl"]!.GetValue<string>();
        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);
        Assert.Contains($"/v3/directline/conversations/{conversationId}/stream?", streamUrl, StringComparison.Ordinal);
        Assert.Contains("t=", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartConversation_WithSecret_CreatesConversationAndToken()
    {
        await using var server = await StartServerAsync();

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", FaqBotTestServer.Secret);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await DirectLineTestClient.ReadAsync(response);
        var activities = await server.DirectLine.GetActivitiesAsync(json["conversationId"]!.GetValue<string>(), json["token"]!.GetValue<string>());
        Assert.NotEmpty(activities["activities"]!.AsArray());
    }

    [Fact]
    public async Task StartConversation_SendsWelcomeWithSuggestedActions()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();

        var set = await server.DirectLine.GetActivitiesAsync(conversationId, token);

        var welcome = Assert.Single(set["activities"]!.AsArray())!;
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
        Assert.InRange(welcome["suggestedActions"]!["actions"]!.AsArray().Count, 3, 4);
        Assert.Equal($"{conversationId}|0000001", welcome["id"]!.GetValue<string>());
        Assert.Equal("1", set["watermark"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_Message_EchoesWithServerIdAndClientActivityId()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var userId = DirectLineTestClient.DecodePayload(token)["user"]!.GetValue<string>();

        using var response = await server.DirectLine.PostMessageAsync(conversationId, token, "How long is a session?", "abc123");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await DirectLineTestClient.ReadAsync(response))["id"]!.GetValue<string>();
        var set = await server.DirectLine.GetActivitiesAsync(conversationId, token, "1");
        var echo = set["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == id)!;
        Assert.Equal($"{conversationId}|0000002", id);
        Assert.Equal("abc123", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal(userId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("How long is a session?", echo["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_Question_ReplyQuotesWithSourceDisclaimerAndButtons()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();

        using var response = await server.DirectLine.PostMessageAsync(conversationId, token, "What are the side effects of ketamine?");

        var echoId = (await DirectLineTestClient.ReadAsync(response))["id"]!.GetValue<string>();
        var set = await server.DirectLine.GetActivitiesAsync(conversationId, token, "1");
        var reply = set["activities"]!.AsArray().Last()!;
        var text = reply["text"]!.GetValue<string>();
        Assert.Equal("bot", reply["from"]!["role"]!.GetValue<string>());
        Assert.Equal(echoId, reply["replyToId"]!.GetValue<string>());
        Assert.Equal("markdown", reply["textFormat"]!.GetValue<string>());
        Assert.StartsWith("> ", text, StringComparison.Ordinal);
        Assert.Contains("\n— *", text, StringComparison.Ordinal);
        Assert.Contains(FaqBotTestServer.Disclaimer, text, StringComparison.Ordinal);
        var actions = reply["suggestedActions"]!["actions"]!.AsArray();
        Assert.All(actions, a => Assert.Equal("imBack", a!["type"]!.GetValue<string>()));
        var thumbs = reply["entities"]![0]!["potentialAction"]!.AsArray();
        Assert.Equal(["LikeAction", "DislikeAction"], thumbs.Select(t => t!["@type"]!.GetValue<string>()));
    }

    // Web Chat's thumb click, as it posts it: an event with the chosen action as its one entity. The entity survives
    // the posted-activity filter (other entities do not) and the bot records the vote against the question.
    [Fact]
    public async Task PostActivity_ThumbEvent_RecordsFeedbackForTheAnswer()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();
        using var question = await server.DirectLine.PostMessageAsync(conversationId, token, "What are the side effects of ketamine?");
        var questionId = (await DirectLineTestClient.ReadAsync(question))["id"]!.GetValue<string>();
        var reply = (await server.DirectLine.GetActivitiesAsync(conversationId, token, "1"))["activities"]!.AsArray().Last()!;
        var dislike = reply["entities"]![0]!["potentialAction"]![1]!.ToJsonString();

        using var vote = await server.DirectLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token,
            """{"type":"event","name":"webchat:activity-status/feedback","entities":[""" + dislike + """],"from":{"id":"x","role":"user"}}""");

        Assert.Equal(System.Net.HttpStatusCode.OK, vote.StatusCode);
        var sink = new StoredEvents(server.App.Services);
        for (var i = 0; i < 50 && sink.Feedback.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        var feedback = Assert.Single(sink.Feedback);
        Assert.Equal(FaqBot.Schema.Events.FeedbackRating.NotHelpful, feedback.Rating);
        Assert.Equal(questionId, feedback.AnswerToActivityId);
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyNewerInOrder()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();
        (await server.DirectLine.PostMessageAsync(conversationId, token, "first", "c1")).Dispose();
        var afterFirst = (await server.DirectLine.GetActivitiesAsync(conversationId, token))["watermark"]!.GetValue<string>();
        (await server.DirectLine.PostMessageAsync(conversationId, token, "second", "c2")).Dispose();

        var set = await server.DirectLine.GetActivitiesAsync(conversationId, token, afterFirst);

        var activities = set["activities"]!.AsArray();
        Assert.Equal("second", activities[0]!["text"]!.GetValue<string>());
        Assert.Equal(2, activities.Count);
        Assert.True(long.Parse(set["watermark"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            > long.Parse(afterFirst, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task GetActivities_WholeConversation_IdsUniqueAndTimestampsNeverGoBack()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            (await server.DirectLine.PostMessageAsync(conversationId, token, $"question {i}", $"c{i}")).Dispose();
        }

        var activities = (await server.DirectLine.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();

        var ids = activities.Select(a => a!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var times = activities.Select(a => DateTimeOffset.Parse(a!["timestamp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order().ToList(), times);
        Assert.Equal(11, activities.Count);
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReturnsFreshStreamUrlCarryingIt()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();

        using var response = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await DirectLineTestClient.ReadAsync(response);
        Assert.Equal(conversationId, json["conversationId"]!.GetValue<string>());
        Assert.Contains("watermark=1", json["streamUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(json["token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PostActivity_Typing_IsNotKeptInHistory()
    {
        await using var server = await StartServerAsync();
        var (conversationId, token) = await server.DirectLine.StartAsync();

        using var response = await server.DirectLine.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, """{"type":"typing"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = (await server.DirectLine.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        Assert.DoesNotContain(activities, a => a!["type"]!.GetValue<string>() == "typing");
    }
}

public sealed class DirectLineConversationMemoryTests : DirectLineConversationTests
{
    protected override string Provider => "Memory";
}

public sealed class DirectLineConversationSqliteTests : DirectLineConversationTests
{
    protected override string Provider => "Sqlite";
}
