using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaqBot.Tests.Server;

// Small Direct Line client over HttpClient, returning raw JSON so tests check the wire format itself.
internal sealed class DirectLineTestClient(HttpClient client)
{
    public const string Base = "v3/directline/";

    public async Task<(string ConversationId, string Token)> GenerateTokenAsync()
    {
        using var response = await client.PostAsync(Base + "tokens/generate", null);
        response.EnsureSuccessStatusCode();
        var json = await ReadAsync(response);
        return (json["conversationId"]!.GetValue<string>(), json["token"]!.GetValue<string>());
    }

    public async Task<(string ConversationId, string Token)> StartAsync()
    {
        var (conversationId, token) = await GenerateTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "conversations", token, """{"user":{}}""");
        response.EnsureSuccessStatusCode();
        return (conversationId, token);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string clientActivityId = "c1") =>
        SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", token, JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            textFormat = "plain",
            channelId = "webchat",
            from = new { id = "dl_spoofed", name = "", role = "user" },
            channelData = new { clientActivityID = clientActivityId, attachmentSizes = Array.Empty<int>() },
        }));

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string token, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? body = null)
    {
        var request = new HttpRequestMessage(method, Base + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static JsonObject DecodePayload(string token)
    {
        var segment = token.Split('.')[1];
        return JsonNode.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(segment))!.AsObject();
    }
}
