using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Channels.BotFramework.Connector;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using Microsoft.Identity.Client;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// UserAssignedMSI through MSAL's managed identity application. The HTTP handler answers in memory, so nothing
/// leaves the process: it stands in for the Azure instance metadata endpoint that MSAL calls on Azure compute.
public sealed class ManagedIdentityTokenTests
{
    private readonly InstanceMetadataHandler _metadata = new();

    // MSAL shares one managed identity token cache per process: each test uses its own identity so none sees another's token.
    private readonly string _clientId = Guid.NewGuid().ToString();

    [Fact]
    public async Task GetTokenAsync_UserAssignedMsi_AsksTheInstanceMetadataEndpointForTheIdentitysConnectorToken()
    {
        using var tokens = Create();

        var token = await tokens.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("msi-1", token);
        var request = Assert.Single(_metadata.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/metadata/identity/oauth2/token", request.Uri.AbsolutePath);
        var query = Uri.UnescapeDataString(request.Uri.Query);
        Assert.Contains("resource=https://api.botframework.com", query, StringComparison.Ordinal);
        Assert.Contains("client_id=" + _clientId, query, StringComparison.Ordinal);
        Assert.Equal("true", request.MetadataHeader);
    }

    [Fact]
    public async Task GetTokenAsync_UserAssignedMsiCalledAgain_ServedFromMsalsCache()
    {
        using var tokens = Create();
        await tokens.GetTokenAsync(null, CancellationToken.None);

        var token = await tokens.GetTokenAsync(null, CancellationToken.None);

        Assert.Equal("msi-1", token);
        Assert.Single(_metadata.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_UserAssignedMsiTokenRejected_RenewsOnce()
    {
        using var tokens = Create();
        var first = await tokens.GetTokenAsync(null, CancellationToken.None);

        var second = await tokens.GetTokenAsync(first, CancellationToken.None);

        Assert.Equal("msi-2", second);
        Assert.Equal(2, _metadata.Requests.Count);
    }

    private ConnectorTokenProvider Create() => new(
        new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = _clientId,
            MicrosoftAppTenantId = "clinic-tenant",
            MicrosoftAppType = BotAppTypes.UserAssignedMsi,
        },
        new InMemoryFactory(new HttpClient(_metadata)),
        new ListLogger<ConnectorTokenProvider>());

    private sealed class InMemoryFactory(HttpClient client) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => client;
    }

    private sealed record ReceivedRequest(HttpMethod Method, Uri Uri, string? MetadataHeader);

    // Answers the managed identity token request as the instance metadata endpoint does (expires_on as a string of
    // Unix seconds); anything else gets 404. No socket is ever opened.
    private sealed class InstanceMetadataHandler : HttpMessageHandler
    {
        private int _issued;

        public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var metadata = request.Headers.TryGetValues("Metadata", out var values) ? values.FirstOrDefault() : null;
            Requests.Enqueue(new ReceivedRequest(request.Method, request.RequestUri!, metadata));
            if (request.RequestUri!.AbsolutePath != "/metadata/identity/oauth2/token")
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            }

            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var body = new JsonObject
            {
                ["access_token"] = $"msi-{Interlocked.Increment(ref _issued)}",
                ["expires_on"] = expiresOn,
                ["resource"] = "https://api.botframework.com",
                ["token_type"] = "Bearer",
            };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
