using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// The test key set: an endorsed key, a webchat-only key, a key with no endorsements, and a later key for rollover.
/// Generating RSA keys is slow, so one instance is shared by all tests (never disposed).
public sealed class TestKeys
{
    private TestKeys()
    {
    }

    public static TestKeys Shared { get; } = new();

    public RSA Main { get; } = RSA.Create(2048);

    public RSA WebChatOnly { get; } = RSA.Create(2048);

    public RSA NoEndorsements { get; } = RSA.Create(2048);

    public RSA Rolled { get; } = RSA.Create(2048);

    public RSA Stranger { get; } = RSA.Create(2048);

    public JsonObject[] InitialJwks() =>
    [
        OpenIdTestServer.Jwk(Main, "main", "msteams", "webchat", "directline"),
        OpenIdTestServer.Jwk(WebChatOnly, "webchat-only", "webchat"),
        OpenIdTestServer.Jwk(NoEndorsements, "no-endorsements", null),
    ];

    public JsonObject[] RolledJwks() => [OpenIdTestServer.Jwk(Rolled, "rolled", "msteams", "webchat", "directline")];
}
