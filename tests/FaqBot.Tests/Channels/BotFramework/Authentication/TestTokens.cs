using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// Builds JWTs the way the Bot Framework channel service does, signed with a test RSA key.
public static class TestTokens
{
    public const string AppId = "6b4f2a8e-1c3d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string Issuer = "https://api.botframework.com";

    public static JsonObject Header(string kid, string alg = "RS256") => new() { ["alg"] = alg, ["kid"] = kid, ["typ"] = "JWT" };

    public static JsonObject Payload(DateTimeOffset now, string serviceUrl = ServiceUrl) => new()
    {
        ["iss"] = Issuer,
        ["aud"] = AppId,
        ["serviceurl"] = serviceUrl,
        ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(59).ToUnixTimeSeconds(),
    };

    public static string Create(RSA key, JsonObject header, JsonObject payload)
    {
        var signingInput = Encode(header) + "." + Encode(payload);
        var hash = header["alg"]?.GetValue<string>() switch
        {
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => HashAlgorithmName.SHA256,
        };
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public static string CreateHmac(byte[] secret, JsonObject header, JsonObject payload)
    {
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public static string CreateUnsigned(JsonObject header, JsonObject payload) => Encode(header) + "." + Encode(payload) + ".";

    public static string Encode(JsonNode node) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));
}
