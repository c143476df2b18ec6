using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Schema.Activities;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// Shared test keys and a loopback OpenID server for the authentication tests.
public sealed class AuthenticationFixture : IAsyncLifetime
{
    public TestKeys Keys { get; } = TestKeys.Shared;

    public OpenIdTestServer Server { get; private set; } = null!;

    public static Activity TeamsActivity(string serviceUrl = TestTokens.ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1712345678901",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Text = "hello",
        Conversation = new ConversationAccount { Id = "a:1personal" },
    };

    public BotFrameworkAuthenticationOptions Options(string? appId = TestTokens.AppId) => new()
    {
        MicrosoftAppId = appId,
        MicrosoftAppPassword = "secret",
        MicrosoftAppTenantId = "tenant",
        OpenIdMetadataUrl = Server.MetadataUrl,

        // The local OpenID server speaks plain HTTP: an explicit test allowance, as the Development environment.
        RequireHttpsMetadata = false,
    };

    public async Task InitializeAsync() => Server = await OpenIdTestServer.StartAsync(Keys.InitialJwks());

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
