using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// A loopback OpenID metadata + JWKS endpoint serving test RSA keys, as login.botframework.com does.
public sealed class OpenIdTestServer : IAsyncDisposable
{
    private WebApplication? _app;
    private volatile JsonObject[] _keys = [];

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// Empty unless started with https: the same endpoints over HTTPS with <see cref="LoopbackCertificate"/>.
    public string HttpsBaseUrl { get; private set; } = string.Empty;

    public string HttpsMetadataUrl => HttpsBaseUrl + "/v1/.well-known/openidconfiguration";

    /// The jwks_uri the metadata names; by default the key set on the scheme and address the metadata was fetched from.
    public string? JwksUri { get; set; }

    public int MetadataRequests => _metadataRequests;

    public int KeyRequests => _keyRequests;

    /// When true both endpoints answer 500, as during an outage.
    public bool Failing { get; set; }

    private int _metadataRequests;
    private int _keyRequests;

    public static Task<OpenIdTestServer> StartAsync(params JsonObject[] keys) => StartAsync(https: false, keys);

    public static async Task<OpenIdTestServer> StartAsync(bool https, params JsonObject[] keys)
    {
        var server = new OpenIdTestServer { _keys = keys };
        (server._app, server.BaseUrl, server.HttpsBaseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
            {
                Interlocked.Increment(ref server._metadataRequests);
                return server.Failing
                    ? Results.StatusCode(500)
                    : Results.Text(new JsonObject { ["issuer"] = TestTokens.Issuer, ["jwks_uri"] = server.JwksUri ?? OwnKeySet(context.Request) }.ToJsonString(), "application/json");
            });
            app.MapGet("/v1/.well-known/keys", () =>
            {
                Interlocked.Increment(ref server._keyRequests);
                var keys = new JsonArray();
                foreach (var key in server._keys)
                {
                    keys.Add(key.DeepClone());
                }

                return server.Failing ? Results.StatusCode(500) : Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
            });
        }, https);
        return server;
    }

    private static string OwnKeySet(HttpRequest request) => $"{request.Scheme}://{request.Host}/v1/.well-known/keys";

    public void ServeKeys(params JsonObject[] keys) => _keys = keys;

    /// The JWK of <paramref name="rsa"/>'s public half, endorsed for <paramref name="endorsements"/> (null: no entry).
    public static JsonObject Jwk(RSA rsa, string kid, params string[]? endorsements)
    {
        var parameters = rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)e).ToArray());
        }

        return jwk;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
