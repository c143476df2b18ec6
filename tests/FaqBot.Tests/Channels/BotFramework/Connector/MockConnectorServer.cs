using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// A loopback Bot Connector (v3 conversations API) plus an Entra-like token endpoint, recording every call.
public sealed class MockConnectorServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();
    private WebApplication? _app;
    private int _tokenRequests;
    private int _replyCount;

    public string BaseUrl { get; private set; } = string.Empty;

    /// The HTTPS address of the token endpoint (BotFramework:OAuthAuthority); MSAL refuses a plain-HTTP authority.
    public string AuthorityUrl { get; private set; } = string.Empty;

    /// The serviceUrl form the channel sends: with a trailing slash.
    public string ServiceUrl => BaseUrl + "/emea/";

    public ConcurrentQueue<ReceivedCall> Calls { get; } = new();

    public ConcurrentQueue<string> TokenRequestPaths { get; } = new();

    public ConcurrentQueue<string> TokenRequestBodies { get; } = new();

    public int TokenRequests => _tokenRequests;

    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// When set, the token endpoint answers this status with an OAuth error body instead of a token.
    public int? TokenFailureStatus { get; set; }

    /// Extra delay before answering Connector calls (slow Connector).
    public TimeSpan Delay { get; set; }

    public static async Task<MockConnectorServer> StartAsync()
    {
        var server = new MockConnectorServer();
        (server._app, server.BaseUrl, server.AuthorityUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context, string tenant) =>
            {
                var count = Interlocked.Increment(ref server._tokenRequests);
                server.TokenRequestPaths.Enqueue(context.Request.Path.Value!);
                using var reader = new StreamReader(context.Request.Body);
                server.TokenRequestBodies.Enqueue(await reader.ReadToEndAsync());
                if (server.TokenFailureStatus is { } failure)
                {
                    return Results.Text(
                        new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }.ToJsonString(),
                        "application/json", statusCode: failure);
                }

                return Results.Text(
                    new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = server.TokenLifetimeSeconds, ["access_token"] = $"access-{count}" }.ToJsonString(),
                    "application/json");
            });
            app.MapPost("/emea/v3/conversations/{**rest}", server.HandleConnectorAsync);
        }, https: true);
        return server;
    }

    /// The next Connector calls answer these statuses (in order) before falling back to 200.
    public void Enqueue(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleConnectorAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        Calls.Enqueue(new ReceivedCall(rawTarget, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, body));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        if (_script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            context.Response.Headers["X-Correlating-OperationId"] = "op-" + Calls.Count;
            await context.Response.WriteAsync("{\"error\":{\"code\":\"Throttled\",\"message\":\"scripted\"}}");
            return;
        }

        var id = Interlocked.Increment(ref _replyCount);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"reply-{id}\"}}");
    }

    public sealed record ReceivedCall(string RawTarget, string Authorization, string? ContentType, string Body)
    {
        public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
    }
}
