using System.Buffers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FaqBot.TeamsLoadTest;

// The channel side of Teams on loopback, in one small WebApplication: OpenID metadata + JWKS (the key the tokens
// are signed with, endorsed for msteams), the Entra token endpoint for the bot's outbound client-credentials
// token, and a mock Connector that accepts POST …/v3/conversations/{id}/activities[/{activityId}], counts the
// replies and answers 200 {"id"}.
internal sealed class ChannelServer : IAsyncDisposable
{
    private readonly string _jwks;
    private WebApplication? _app;
    private int _tokenRequests;
    private int _keyRequests;
    private long _replyIds;

    private ChannelServer(string jwks, ReplyCounter replies)
    {
        _jwks = jwks;
        Replies = replies;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    // The identity endpoints over HTTPS (LoopbackTls); the mock Connector stays plain HTTP, as cheap as before.
    public string SecureBaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => SecureBaseUrl + "/v1/.well-known/openidconfiguration";

    // With a trailing slash, as the channel sends serviceUrl.
    public string ServiceUrl => BaseUrl + "/teams/";

    public ReplyCounter Replies { get; }

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public int KeyRequests => Volatile.Read(ref _keyRequests);

    public static async Task<ChannelServer> StartAsync(ChannelTokenSigner signer, int capacity, LoopbackTls tls)
    {
        var server = new ChannelServer(signer.Jwks().ToJsonString(), new ReplyCounter(capacity));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, 0);
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.UseHttps(tls.Certificate));
        });
        var app = builder.Build();
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(
            new JsonObject { ["issuer"] = BenchIdentity.Issuer, ["jwks_uri"] = server.SecureBaseUrl + "/v1/.well-known/keys" }.ToJsonString(),
            "application/json"));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref server._keyRequests);
            return Results.Text(server._jwks, "application/json");
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", () =>
        {
            Interlocked.Increment(ref server._tokenRequests);
            return Results.Text(
                $"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"{BenchIdentity.AccessToken}\"}}", "application/json");
        });
        app.MapPost("/teams/v3/conversations/{conversationId}/activities/{activityId?}",
            (HttpContext context, string? activityId) => server.ReceiveAsync(context, activityId));

        await app.StartAsync();
        server._app = app;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.BaseUrl = addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');
        server.SecureBaseUrl = addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)).TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task ReceiveAsync(HttpContext context, string? activityId)
    {
        // The real Connector refuses a call without the bot's token; so does this one (the bot retries once).
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + BenchIdentity.AccessToken)
        {
            Replies.CountUnauthorized();
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var (buffer, length) = await ReadBodyAsync(context.Request.Body, context.RequestAborted);
        try
        {
            switch (ActivityTypeReader.Read(buffer.AsSpan(0, length)))
            {
                case ActivityBodies.Message:
                    Replies.CountAnswer(activityId);
                    break;
                case ActivityBodies.Typing:
                    Replies.CountTyping();
                    break;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"reply-{Interlocked.Increment(ref _replyIds)}\"}}", context.RequestAborted);
    }

    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return (buffer, length);
    }
}
