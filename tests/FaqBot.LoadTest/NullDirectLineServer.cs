using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FaqBot.LoadTest;

// The baseline: just enough Direct Line for the generator (token, start, post, stream), canned reply, no auth, no bot.
internal static class NullDirectLineServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        var conversations = new ConcurrentDictionary<string, NullConversation>();

        app.MapGet("/healthz", () => "ok");
        app.MapPost("/v3/directline/tokens/generate", () =>
        {
            var id = Guid.NewGuid().ToString("N");
            conversations[id] = new NullConversation(id);
            return Results.Json(new { conversationId = id, token = id, expires_in = 1800 });
        });
        app.MapPost("/v3/directline/conversations", (HttpContext context) =>
        {
            var id = context.Request.Headers.Authorization.ToString()["Bearer ".Length..];
            var streamUrl = $"ws://{context.Request.Host}/v3/directline/conversations/{id}/stream?t={id}";
            return Results.Json(new { conversationId = id, token = id, expires_in = 1800, streamUrl }, statusCode: 201);
        });
        app.MapGet("/v3/directline/conversations/{id}/stream", async (HttpContext context, string id) =>
        {
            var conversation = conversations[id];
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            conversation.Socket = socket;
            var buffer = new byte[1024];
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        });
        app.MapPost("/v3/directline/conversations/{id}/activities", async (HttpContext context, string id) =>
        {
            var conversation = conversations[id];
            var posted = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            var echoId = $"{id}|{Interlocked.Increment(ref conversation.Seq):0000000}";
            posted["id"] = echoId;
            posted["from"] = new JsonObject { ["id"] = "dl_user", ["role"] = "user" };
            var reply = new JsonObject
            {
                ["type"] = "message",
                ["id"] = $"{id}|{Interlocked.Increment(ref conversation.Seq):0000000}",
                ["from"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
                ["replyToId"] = echoId,
                ["text"] = "canned reply",
            };
            await SendAsync(conversation, posted);
            await SendAsync(conversation, reply);
            return Results.Json(new { id = echoId });
        });
        await app.RunAsync();
        return 0;
    }

    private static async Task SendAsync(NullConversation conversation, JsonObject activity)
    {
        var frame = new JsonObject { ["activities"] = new JsonArray(activity.DeepClone()), ["watermark"] = activity["id"]!.GetValue<string>() };
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString(JsonSerializerOptions.Web));
        await conversation.SendLock.WaitAsync();
        try
        {
            await conversation.Socket!.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            conversation.SendLock.Release();
        }
    }
}
