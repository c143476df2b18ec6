using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Schema.Events;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.Channels.BotFramework.Connector;
using FaqBot.Tests.Bot.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server.BotFramework;

/// The real FaqBot server (real answering engine) with the Bot Framework channel on, a local OpenID/JWKS endpoint
/// and a mock Connector; staff = the fixtures' clinic tenant.
internal sealed class TeamsServerHost : IAsyncDisposable
{
    public const string OtherTenant = "99999999-8888-7777-6666-555555555555";

    private readonly TestKeys _keys = TestKeys.Shared;

    private TeamsServerHost(OpenIdTestServer openId, MockConnectorServer connector, FaqBotTestServer server)
    {
        OpenId = openId;
        Connector = connector;
        Server = server;
    }

    public OpenIdTestServer OpenId { get; }

    public MockConnectorServer Connector { get; }

    public FaqBotTestServer Server { get; }

    public InMemoryAnswerEventSink Events => Server.App.Services.GetRequiredService<InMemoryAnswerEventSink>();

    /// The message activities the bot sent through the Connector (typing indicators left out).
    public IReadOnlyList<MockConnectorServer.ReceivedCall> Messages =>
        [.. Connector.Calls.Where(call => call.Json["type"]?.GetValue<string>() == "message")];

    public static async Task<TeamsServerHost> StartAsync()
    {
        var openId = await OpenIdTestServer.StartAsync(TestKeys.Shared.InitialJwks());
        var connector = await MockConnectorServer.StartAsync();
        var server = await FaqBotTestServer.StartAsync(
        [
            $"MicrosoftAppId={TestTokens.AppId}",
            "MicrosoftAppPassword=s3cret",
            "MicrosoftAppTenantId=clinic-tenant",
            "MicrosoftAppType=SingleTenant",
            $"BotFramework:OpenIdMetadataUrl={openId.MetadataUrl}",
            $"BotFramework:OAuthAuthority={connector.AuthorityUrl}",
            $"Teams:StaffTenantIds:0={TeamsFixtures.ClinicTenant}",

            // The local OpenID server speaks plain HTTP, which only the Development environment accepts.
            "environment=Development",
        ], configureServices: services => services.AddSingleton<Microsoft.Identity.Client.IMsalHttpClientFactory>(LoopbackCertificate.MsalHttpClientFactory()));
        return new TeamsServerHost(openId, connector, server);
    }

    /// A fixture activity addressed to the mock Connector (the serviceUrl the token vouches for).
    public JsonObject Activity(string fixture)
    {
        var json = JsonNode.Parse(TeamsFixtures.Json(fixture))!.AsObject();
        json["serviceUrl"] = Connector.ServiceUrl;
        return json;
    }

    /// The same activity as if sent from another organisation's Teams tenant.
    public static JsonObject FromOtherTenant(JsonObject activity)
    {
        activity["conversation"]!["tenantId"] = OtherTenant;
        activity["channelData"]!["tenant"]!["id"] = OtherTenant;
        return activity;
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        var token = TokenCases.Valid(_keys, TimeProvider.System.GetUtcNow(), Connector.ServiceUrl);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(token);
        return await Server.Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Connector.DisposeAsync();
        await OpenId.DisposeAsync();
    }
}
