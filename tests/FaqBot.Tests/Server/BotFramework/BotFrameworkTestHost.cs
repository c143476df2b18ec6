using FaqBot.Bot;
using FaqBot.Server.BotFramework;
using FaqBot.Tests.Channels.BotFramework.Authentication;
using FaqBot.Tests.Channels.BotFramework.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Server.BotFramework;

/// A loopback server with AddBotFramework + MapBotFramework and the echo bot, as the lead will wire it.
public static class BotFrameworkTestHost
{
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(
        IDictionary<string, string?> settings, EchoBot bot, TimeProvider time, ListLoggerProvider logs)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IBot>(bot);
        builder.Services.AddSingleton<Microsoft.Identity.Client.IMsalHttpClientFactory>(LoopbackCertificate.MsalHttpClientFactory());

        // The local OpenID server speaks plain HTTP: allowed here as in the Development environment.
        builder.Services.AddBotFramework(builder.Configuration, isDevelopment: true);
        var app = builder.Build();
        app.MapBotFramework();
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, url.TrimEnd('/'));
    }

    public static Dictionary<string, string?> Settings(OpenIdTestServer keys, MockConnectorServer connector) => new()
    {
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = "s3cret",
        ["MicrosoftAppTenantId"] = "clinic-tenant",
        ["MicrosoftAppType"] = "SingleTenant",
        ["BotFramework:OpenIdMetadataUrl"] = keys.MetadataUrl,
        ["BotFramework:OAuthAuthority"] = connector.AuthorityUrl,
        ["BotFramework:Connector:BaseDelay"] = "00:00:00.020",
    };
}
