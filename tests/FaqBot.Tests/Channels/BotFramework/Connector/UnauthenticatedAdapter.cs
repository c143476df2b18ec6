using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

// The real adapter with no App ID (authentication off, no metadata fetched), replying through a real Connector client.
internal static class UnauthenticatedAdapter
{
    public static BotFrameworkAdapter Create(ListLogger<BotFrameworkAdapter> logger)
    {
        var options = new BotFrameworkAuthenticationOptions { OpenIdMetadataUrl = "http://127.0.0.1:9/unused", RequireHttpsMetadata = false };
        var time = TimeProvider.System;
        var authenticator = new BotFrameworkAuthenticator(options, new ChannelSigningKeys(new HttpClient(), options, new ListLogger<ChannelSigningKeys>()), time);
        var credentials = new ConnectorTokenProvider(options, LoopbackCertificate.MsalHttpClientFactory(), new ListLogger<ConnectorTokenProvider>());
        var client = new ConnectorClient(new HttpClient(), credentials, new ConnectorClientOptions(), time, new ListLogger<ConnectorClient>());
        return new BotFrameworkAdapter(authenticator, client, logger);
    }
}
