using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Channels.BotFramework.Authentication;

/// Starts a tiny WebApplication on 127.0.0.1 with a free port (and, on request, a second HTTPS one).
public static class LoopbackServer
{
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(Action<WebApplication> map)
    {
        var (app, baseUrl, _) = await StartAsync(map, https: false);
        return (app, baseUrl);
    }

    /// Also listens for HTTPS with <see cref="LoopbackCertificate"/>; HttpsBaseUrl is empty without it.
    public static async Task<(WebApplication App, string BaseUrl, string HttpsBaseUrl)> StartAsync(Action<WebApplication> map, bool https)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            if (https)
            {
                kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(LoopbackCertificate.Certificate));
            }
        });
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        string Find(string scheme) => addresses.FirstOrDefault(a => a.StartsWith(scheme + "://", StringComparison.Ordinal))?.TrimEnd('/') ?? string.Empty;
        return (app, Find("http"), Find("https"));
    }
}
