using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FaqBot.Tests.Browser;

// A stand-in for a clinic's own website on ANOTHER origin (its own loopback port), embedding FaqBot by one script tag.
// Its link is somewhere for focus to escape to, which the widget's focus trap must prevent.
internal sealed class HostPageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private string _widgetUrl = string.Empty;

    private HostPageServer(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    public string Origin { get; }

    public static async Task<HostPageServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        HostPageServer? self = null;
        app.MapGet("/", () => Results.Content($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Example clinic</title></head>
            <body><h1>Welcome to our clinic</h1><p>Opening hours: Monday to Friday. <a href="/">Contact us</a></p>
            <script src="{{self!._widgetUrl}}" async></script>
            </body></html>
            """, "text/html"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        self = new HostPageServer(app, address.TrimEnd('/'));
        return self;
    }

    public void Embed(Uri faqBotBase) => _widgetUrl = new Uri(faqBotBase, "widget.js").ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
