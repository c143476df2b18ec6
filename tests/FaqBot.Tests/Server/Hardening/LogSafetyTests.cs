using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using FaqBot.Tests.Server.BotFramework;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.Hardening;

// Logs cannot be forged (request fields arrive one line, bounded, without control characters), flooded (rejections
// are logged at most once per client and interval, and a client rejected too often gets 429 without any work), or
// used to steal a stream (the t= token never reaches a log line, ASP.NET Core's own included).
public sealed class LogSafetyTests
{
    private static readonly string[] LoopbackTeams = ["BotFramework:AllowUnauthenticatedLoopback=true", "Logging:LogLevel:FaqBot=Information"];

    [Fact]
    public async Task ApiMessages_RejectedActivityWithForgedLineInIds_LoggedOnOneBoundedLine()
    {
        var logs = new ListLoggerProvider();
        await using var server = await FaqBotTestServer.StartAsync(LoopbackTeams, logs: logs);
        var forged = "a1\r\n2026-11-21 10:00:00 crit: Microsoft.Hosting.Lifetime[0] Admin password reset by \u001b[31mroot" + new string('x', 5000);

        using var response = await PostActivityAsync(server, forged, "http://attacker.example/");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var line = Assert.Single(logs.Entries, e => e.Message.Contains("not a loopback address", StringComparison.Ordinal)).Message;
        Assert.DoesNotContain(line, ch => char.IsControl(ch));
        Assert.True(line.Length < 600, $"{line.Length} characters");
    }

    [Fact]
    public async Task ApiMessages_HundredRejections_OneLogLineThen429()
    {
        var logs = new ListLoggerProvider();
        await using var server = await FaqBotTestServer.StartAsync([.. LoopbackTeams, "RateLimiting:RejectedRequestsPerMinute=10"], logs: logs);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 100; i++)
        {
            using var response = await PostActivityAsync(server, $"a{i}", "http://attacker.example/");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(90, statuses.Skip(10).Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Single(logs.Entries, e => e.Category.EndsWith("RejectionGate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DirectLine_ForgedTokensSprayed_429AfterBudgetAndOneLogLine()
    {
        var logs = new ListLoggerProvider();
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:RejectedRequestsPerMinute=5", "Logging:LogLevel:FaqBot=Information"], logs: logs);
        var (conversationId, token) = await server.DirectLine.StartAsync();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 20; i++)
        {
            using var response = await server.DirectLine.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token + "x");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Forbidden, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 15)), statuses);
        var line = Assert.Single(logs.Entries, e => e.Message.Contains("Refused", StringComparison.Ordinal)).Message;
        Assert.Contains("403 on GET /v3/directline/conversations/{conversationId}/activities", line, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_EveryLogAtTrace_StreamTokenNeverLogged()
    {
        var logs = new ListLoggerProvider();
        await using var server = await FaqBotTestServer.StartAsync(
            ["Logging:LogLevel:Default=Trace", "Logging:LogLevel:Microsoft=Trace", "Logging:LogLevel:Microsoft.AspNetCore=Trace", "Logging:LogLevel:FaqBot=Trace"],
            logs: logs);
        var (conversationId, token) = await server.DirectLine.GenerateTokenAsync();
        using var started = await server.DirectLine.SendAsync(HttpMethod.Post, "conversations", token);
        var streamUrl = (await DirectLineTestClient.ReadAsync(started))["streamUrl"]!.GetValue<string>();
        var streamToken = Uri.UnescapeDataString(streamUrl[(streamUrl.IndexOf("t=", StringComparison.Ordinal) + 2)..]);
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        // The request line is logged when the connection ends, on the server's own time.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!logs.Entries.Any(e => e.Message.Contains($"/v3/directline/conversations/{conversationId}/stream", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the stream request was never logged");
            await Task.Delay(50);
        }

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(streamToken[..40], StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(token[..40], StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnyUrl_SecretQueryParameters_RedactedInTheRequestLogAndNowhereElse()
    {
        var logs = new ListLoggerProvider();
        await using var server = await FaqBotTestServer.StartAsync(
            ["Logging:LogLevel:Default=Trace", "Logging:LogLevel:Microsoft=Trace", "Logging:LogLevel:Microsoft.AspNetCore=Trace", "Logging:LogLevel:FaqBot=Trace"],
            logs: logs, inMemory: true);

        using var response = await server.Client.GetAsync("no-such-page?secret=leak-1&token=leak-2&access_token=leak-3&code=leak-4&sig=leak-5&Password=leak-6&lang=fr");
        var line = await RequestLineAsync(logs, "/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        foreach (var name in new[] { "secret", "token", "access_token", "code", "sig", "Password" })
        {
            Assert.Contains($"{name}=redacted", line, StringComparison.Ordinal);
        }

        Assert.Contains("lang=fr", line, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("leak-", StringComparison.Ordinal));
    }

    // The request line is written when the response has been handed to the client, so it may trail the response.
    private static async Task<string> RequestLineAsync(ListLoggerProvider logs, string path)
    {
        for (var waited = 0; waited < 100; waited++)
        {
            var lines = logs.Entries.Where(e => e.Category == "FaqBot.Server.Requests" && e.Message.Contains(path, StringComparison.Ordinal)).ToList();
            if (lines.Count > 0)
            {
                return Assert.Single(lines).Message;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No request line for {path} in the log.");
    }

    private static Task<HttpResponseMessage> PostActivityAsync(FaqBotTestServer server, string activityId, string serviceUrl)
    {
        var body = JsonSerializer.Serialize(new { type = "message", id = activityId, channelId = "emulator\nfake", text = "hi", serviceUrl });
        return server.Client.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
    }
}
