using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Schema.Activities;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// A mock Connector plus a client wired to it. The client's retry delays and timeouts run on a fake clock (starting on
/// a whole second, so an HTTP-date Retry-After is an exact wait); tests move it with SkipRetryDelaysAsync.
public sealed class ConnectorTestContext : IAsyncDisposable
{
    public const string ThreadConversationId = "19:abc@thread.tacv2;messageid=1712345678901";
    public const string Markdown = "**Sessions** last about 40 minutes.\n\n- one\n- two\n\n> quoted";

    // Retry delays are at most MaxRetryDelay, below the attempt timeout: that tells them apart from the timeouts' timers.
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    private ConnectorTokenProvider _credentials = null!;
    private int _delaysSkipped;

    private ConnectorTestContext()
    {
    }

    public MockConnectorServer Server { get; private set; } = null!;

    public ListLogger<ConnectorClient> Logger { get; } = new();

    public ConnectorClient Client { get; private set; } = null!;

    public TestClock Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

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
            MaxRetryDelay = MaxRetryDelay,
            AttemptTimeout = TimeSpan.FromSeconds(3),
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
        new(new HttpClient(), _credentials, options, Clock, Logger);

    // Moves the clock past each of the next `count` retry delays once the client has started waiting it out. Stops early
    // when `sending` ends first, so a send that failed or gave up early fails the test with its own outcome rather than
    // a TimeoutException from waiting for a retry that will never come (a CI run once showed only that timeout).
    public async Task SkipRetryDelaysAsync(Task sending, int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            var armed = Clock.TimerArmedAsync(due => due > TimeSpan.Zero && due <= MaxRetryDelay, ++_delaysSkipped);
            if (await Task.WhenAny(armed, sending) == sending)
            {
                await sending;
                return;
            }

            Clock.Advance(await armed);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _credentials.Dispose();
        await Server.DisposeAsync();
    }
}
