using System.Net;
using System.Text.Json.Nodes;

namespace FaqBot.Tests.Server;

// Long pastes over Direct Line: accepted far past the old 4,096 characters, triaged in full, and answered clearly
// above the 20,000 characters FaqBot reads.
public sealed class DirectLineLongMessageTests
{
    [Fact]
    public async Task PostActivity_NineteenThousandCharactersEndingInCrisis_RepliesWithCrisisCard()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var story = string.Concat(Enumerable.Repeat("We drove to the clinic and the session went fine, the nurse was kind. ", 270));

        using var response = await server.DirectLine.PostMessageAsync(conversationId, token, story + "Honestly I wrote goodbye letters last night.");

        Assert.True(story.Length > 18_000);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await LastBotReplyAsync(server, conversationId, token);
        Assert.Equal("application/vnd.microsoft.card.hero", reply["attachments"]![0]!["contentType"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostActivity_OverTwentyThousandCharacters_IsAcceptedAndToldItIsTooLong()
    {
        await using var server = await FaqBotTestServer.StartAsync(inMemory: true);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var text = string.Concat(Enumerable.Repeat("how long does a session last ", 1000));

        using var response = await server.DirectLine.PostMessageAsync(conversationId, token, text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await LastBotReplyAsync(server, conversationId, token);
        Assert.Contains("20,000", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> LastBotReplyAsync(FaqBotTestServer server, string conversationId, string token)
    {
        var activities = (await server.DirectLine.GetActivitiesAsync(conversationId, token))["activities"]!.AsArray();
        return activities.Select(a => a!.AsObject()).Last(a => a["type"]!.GetValue<string>() == "message" && a["from"]!["id"]!.GetValue<string>() == "faqbot");
    }
}
