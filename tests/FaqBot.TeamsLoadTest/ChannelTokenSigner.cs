using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FaqBot.TeamsLoadTest;

// The channel service's signing key: publishes its JWK (endorsed for msteams) and signs channel tokens the way
// the Bot Framework channel does (RS256, iss api.botframework.com, aud = app id, serviceurl claim).
internal sealed class ChannelTokenSigner : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);

    public JsonObject Jwks()
    {
        var parameters = _key.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = BenchIdentity.KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            ["endorsements"] = new JsonArray("msteams"),
        };
        return new JsonObject { ["keys"] = new JsonArray(jwk) };
    }

    // One token for the whole run, as the channel reuses a token for about an hour; the server still verifies
    // its signature on every request (it caches keys, not tokens).
    public string CreateToken(string serviceUrl, DateTimeOffset now)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["kid"] = BenchIdentity.KeyId, ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = BenchIdentity.Issuer,
            ["aud"] = BenchIdentity.AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(59).ToUnixTimeSeconds(),
        };
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public void Dispose() => _key.Dispose();

    private static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
