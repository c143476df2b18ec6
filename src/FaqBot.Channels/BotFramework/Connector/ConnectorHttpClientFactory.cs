using Microsoft.Identity.Client;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>
/// The one HTTP client MSAL uses for the bot's token requests: long-lived (MSAL asks for it on every request), with
/// pooled connections recycled so DNS changes are picked up, and a timeout well inside Teams' 15 seconds.
/// </summary>
public sealed class ConnectorHttpClientFactory : IMsalHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <inheritdoc />
    public HttpClient GetHttpClient() => _client;

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose() => _client.Dispose();
}
