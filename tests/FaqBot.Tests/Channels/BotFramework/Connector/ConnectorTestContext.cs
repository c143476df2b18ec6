using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Schema.Activities;
using FaqBot.Tests.Channels.BotFramework.Authentication;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// A mock Connector plus a client wired to it: fast back-off, a hand-moved clock for token expiry only.
public sealed class ConnectorTestContext : IAsyncDisposable
{
    public const string ThreadConversationId = "19:abc@thread.tacv2;messageid=1712345678901";
    public const string Markdown = "**Sessions** last about 40 minutes.\n\n- one\n- two\n\n> quoted";

    private ConnectorTokenProvider _credentials = null!;

    private ConnectorTestContext()
    {
    }

    public MockConnectorServer Server { get; private set; } = null!;

    public ListLogger<ConnectorClient> Logger { get; } = new();

    public ConnectorClient Client { get; private set; } = null!;

    public static async Task<ConnectorTestContext> StartAsync()
    {
        var context = new ConnectorTestContext { Server = await MockConnectorServer.StartAsync() };
        context._credentials = new ConnectorTokenProvider(
            new BotFrameworkAuthenticationOptions
            {
                MicrosoftAppId = TestTokens.AppId,
                MicrosoftAppPassword = "s3cret",
                MicrosoftAppTenantId = "clinic-tenant",
                OAuthAuthority = context.Server.AuthorityUrl,
            },
            LoopbackCertificate.MsalHttpClientFactory(),
            new ListLogger<ConnectorTokenProvider>());
        context.Client = context.CreateClient(new ConnectorClientOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            AttemptTimeout = TimeSpan.FromSeconds(2),
            TotalTimeout = TimeSpan.FromSeconds(8),
        });
        return context;
    }

    public static Activity Reply() => new()
    {
        Type = ActivityTypes.Message,
        Text = Markdown,
        TextFormat = "markdown",
        ReplyToId = "1712345678901",
    };

    public ConnectorClient CreateClient(ConnectorClientOptions options) =>
        new(new HttpClient(), _credentials, options, TimeProvider.System, Logger);

    public async ValueTask DisposeAsync()
    {
        _credentials.Dispose();
        await Server.DisposeAsync();
    }
}
