using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Schema.Activities;
using Microsoft.Extensions.Logging.Abstractions;

namespace FaqBot.Benchmarks.Benchmarks;

// Channel token validation (IdentityModel's JsonWebTokenHandler plus our channel checks) with warm keys: the
// per-request cost of /api/messages auth.
// The key set is served from memory so only parsing, RSA verification and claim checks are measured.
[MemoryDiagnoser]
[MinColumn, MaxColumn, Q3Column]
[Config(typeof(PercentilesConfig))]
public class TokenValidationBenchmarks
{
    private const string AppId = "6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly Activity _activity = new() { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ServiceUrl };
    private RSA _key = null!;
    private BotFrameworkAuthenticator _authenticator = null!;
    private string _validHeader = string.Empty;
    private string _tamperedHeader = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _key = RSA.Create(2048);
        var parameters = _key.ExportParameters(false);
        var jwks = new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["kid"] = "bench",
                ["n"] = Base64Url.EncodeToString(parameters.Modulus),
                ["e"] = Base64Url.EncodeToString(parameters.Exponent),
                ["endorsements"] = new JsonArray("msteams", "webchat"),
            }),
        };
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            OpenIdMetadataUrl = "https://keys.invalid/metadata",
        };
        var http = new HttpClient(new InMemoryKeyHandler(jwks.ToJsonString()));
        _authenticator = new BotFrameworkAuthenticator(options, new ChannelSigningKeys(http, options, NullLogger<ChannelSigningKeys>.Instance), TimeProvider.System);

        var now = DateTimeOffset.UtcNow;
        var header = Encode(new JsonObject { ["alg"] = "RS256", ["kid"] = "bench", ["typ"] = "JWT" });
        var payload = Encode(new JsonObject
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
            ["nbf"] = now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(2).ToUnixTimeSeconds(),
        });
        var signature = _key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _validHeader = $"Bearer {header}.{payload}.{Base64Url.EncodeToString(signature)}";
        signature[7] ^= 1;
        _tamperedHeader = $"Bearer {header}.{payload}.{Base64Url.EncodeToString(signature)}";

        if (!ValidToken())
        {
            throw new InvalidOperationException("Benchmark token does not validate.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _key.Dispose();

    [Benchmark(Baseline = true)]
    public bool ValidToken() => _authenticator.AuthenticateAsync(_validHeader, _activity, CancellationToken.None).AsTask().GetAwaiter().GetResult().Succeeded;

    [Benchmark]
    public bool TamperedSignature() => _authenticator.AuthenticateAsync(_tamperedHeader, _activity, CancellationToken.None).AsTask().GetAwaiter().GetResult().Succeeded;

    private static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));

    private sealed class InMemoryKeyHandler(string jwks) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.RequestUri!.AbsolutePath.EndsWith("/metadata", StringComparison.Ordinal)
                ? "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"https://keys.invalid/keys\"}"
                : jwks;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });
        }
    }
}
