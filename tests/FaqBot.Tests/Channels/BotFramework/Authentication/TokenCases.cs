using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// Authorization headers for every way a channel request must be rejected, for an msteams activity at TestTokens.ServiceUrl.
public static class TokenCases
{
    /// Case name → the fragment of the failure reason it must produce (so each case fails for its own reason).
    public static readonly IReadOnlyDictionary<string, string> Rejected = new Dictionary<string, string>
    {
        ["expired"] = "expired",
        ["notYetValid"] = "not yet valid",
        ["wrongIssuer"] = "issuer",
        ["emulatorIssuer"] = "issuer",
        ["wrongAudience"] = "audience",
        ["unknownKey"] = "key unknown",
        ["algNone"] = "algorithm",
        ["hs256WithPublicKey"] = "algorithm",
        ["missingEndorsement"] = "endorsed",
        ["noEndorsementsEntry"] = "endorsed",
        ["serviceUrlMismatch"] = "serviceurl",
        ["tamperedPayload"] = "signature",
        ["tamperedSignature"] = "signature",
        ["malformed"] = "malformed",
        ["twoPartToken"] = "malformed",
        ["missingHeader"] = "missing",
        ["basicScheme"] = "Bearer",
        ["emptyBearer"] = "Bearer",
        ["noExpiry"] = "expiry",
        ["unknownCrit"] = "crit",
        ["noKeyId"] = "key id",
    };

    public static string Valid(TestKeys keys, DateTimeOffset now, string serviceUrl = TestTokens.ServiceUrl) =>
        "Bearer " + TestTokens.Create(keys.Main, TestTokens.Header("main"), TestTokens.Payload(now, serviceUrl));

    public static string? Authorization(string name, TestKeys keys, DateTimeOffset now, string serviceUrl = TestTokens.ServiceUrl)
    {
        var header = TestTokens.Header("main");
        var payload = TestTokens.Payload(now, serviceUrl);
        string Sign(JsonObject p) => "Bearer " + TestTokens.Create(keys.Main, header, p);

        switch (name)
        {
            case "expired":
                payload["nbf"] = now.AddHours(-2).ToUnixTimeSeconds();
                payload["exp"] = now.AddMinutes(-6).ToUnixTimeSeconds();
                return Sign(payload);
            case "notYetValid":
                payload["nbf"] = now.AddMinutes(6).ToUnixTimeSeconds();
                return Sign(payload);
            case "wrongIssuer":
                payload["iss"] = "https://api.botframework.com.evil.example";
                return Sign(payload);
            case "emulatorIssuer":
                payload["iss"] = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
                return Sign(payload);
            case "wrongAudience":
                payload["aud"] = "00000000-0000-0000-0000-000000000001";
                return Sign(payload);
            case "unknownKey":
                return "Bearer " + TestTokens.Create(keys.Stranger, TestTokens.Header("stranger"), payload);
            case "algNone":
                return "Bearer " + TestTokens.CreateUnsigned(new JsonObject { ["alg"] = "none", ["kid"] = "main" }, payload);
            case "hs256WithPublicKey":
                // The classic confusion attack: HMAC keyed with the (public) RSA key material.
                var secret = Encoding.ASCII.GetBytes(keys.Main.ExportSubjectPublicKeyInfoPem());
                return "Bearer " + TestTokens.CreateHmac(secret, TestTokens.Header("main", "HS256"), payload);
            case "missingEndorsement":
                return "Bearer " + TestTokens.Create(keys.WebChatOnly, TestTokens.Header("webchat-only"), payload);
            case "noEndorsementsEntry":
                return "Bearer " + TestTokens.Create(keys.NoEndorsements, TestTokens.Header("no-endorsements"), payload);
            case "serviceUrlMismatch":
                payload["serviceurl"] = "https://attacker.example/";
                return Sign(payload);
            case "tamperedPayload":
                var parts = Sign(payload)["Bearer ".Length..].Split('.');
                payload["aud"] = TestTokens.AppId;
                payload["exp"] = now.AddDays(30).ToUnixTimeSeconds();
                return $"Bearer {parts[0]}.{TestTokens.Encode(payload)}.{parts[2]}";
            case "tamperedSignature":
                var segments = Sign(payload)["Bearer ".Length..].Split('.');
                var signature = Base64Url.DecodeFromChars(segments[2]);
                signature[10] ^= 0x01;
                return $"Bearer {segments[0]}.{segments[1]}.{Base64Url.EncodeToString(signature)}";
            case "malformed":
                return "Bearer not-a-jwt";
            case "twoPartToken":
                return "Bearer " + TestTokens.Encode(header) + "." + TestTokens.Encode(payload);
            case "missingHeader":
                return null;
            case "basicScheme":
                return "Basic " + Sign(payload)["Bearer ".Length..];
            case "emptyBearer":
                return "Bearer ";
            case "noExpiry":
                payload.Remove("exp");
                return Sign(payload);
            case "unknownCrit":
                // RFC 7515: an extension listed in crit must be understood; FaqBot understands none.
                var critical = TestTokens.Header("main");
                critical["crit"] = new JsonArray("exp-faqbot-test");
                critical["exp-faqbot-test"] = true;
                return "Bearer " + TestTokens.Create(keys.Main, critical, payload);
            case "noKeyId":
                var unnamed = TestTokens.Header("main");
                unnamed.Remove("kid");
                return "Bearer " + TestTokens.Create(keys.Main, unnamed, payload);
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    public static TheoryData<string, string> RejectedData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, reason) in Rejected)
        {
            data.Add(name, reason);
        }

        return data;
    }
}
