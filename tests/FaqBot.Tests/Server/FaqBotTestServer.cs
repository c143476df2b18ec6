using System.Net;
using FaqBot.Server;
using FaqBot.Tests.Server.BotFramework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server;

// The real server, configured from the repository's appsettings.json plus overrides: on a loopback port (Kestrel), or
// in memory (ASP.NET Core's TestServer, the host of Microsoft.AspNetCore.Mvc.Testing) where a real port is not the
// point: no browser, no WebSocket client, no check of the client's address. The rest of the app is the same.
internal sealed class FaqBotTestServer : IAsyncDisposable
{
    public const string Secret = "test-secret-for-server-to-server-calls";
    public const string SigningKey = "test-signing-key-0123456789abcdef0123456789";
    public const string Disclaimer = "TEST DISCLAIMER: general information only.";

    private FaqBotTestServer(WebApplication app, Uri baseUri, HttpClient client)
    {
        App = app;
        BaseUri = baseUri;
        Client = client;
    }

    public WebApplication App { get; }

    public Uri BaseUri { get; }

    public HttpClient Client { get; }

    public DirectLineTestClient DirectLine => new(Client);

    public static string RepositoryRoot => FaqBot.Tests.TestSupport.Repo.Root;

    // logs, when given, receives every log line the server writes (at the levels the settings allow); configureServices
    // runs last, to replace registrations.
    public static async Task<FaqBotTestServer> StartAsync(IEnumerable<string>? settings = null, TimeProvider? timeProvider = null,
        Microsoft.Extensions.Logging.ILoggerProvider? logs = null, Action<IServiceCollection>? configureServices = null,
        bool inMemory = false)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--contentRoot={RepositoryRoot}",
            "--Logging:LogLevel:Default=Warning",
            "--Index:Path=",
            "--Storage:Provider=Memory",
            "--Logging:LogLevel:FaqBot=Warning",
            $"--DirectLine:Secret={Secret}",
            $"--DirectLine:TokenSigningKey={SigningKey}",
            $"--Clinic:Disclaimer={Disclaimer}",
            .. (settings ?? []).Select(setting => "--" + setting),
        ];
        var ownModel = (settings ?? []).Any(setting => setting.StartsWith("Embeddings:", StringComparison.OrdinalIgnoreCase));
        var app = FaqBotApp.Create(args, services =>
        {
            if (!ownModel)
            {
                SharedEncoders.Use(services);
            }

            if (timeProvider is not null)
            {
                services.AddSingleton(timeProvider);
            }

            if (logs is not null)
            {
                services.AddSingleton(logs);
            }

            if (inMemory)
            {
                // What UseTestServer registers: the last IServer registered is the one the host starts.
                services.AddSingleton<IServer, TestServer>();
            }

            configureServices?.Invoke(services);
        });
        await app.StartAsync();
        if (inMemory)
        {
            var client = app.GetTestClient();
            return new FaqBotTestServer(app, client.BaseAddress!, client);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // a scrape address, if any, comes after
        var baseUri = new Uri(address.TrimEnd('/') + "/");
        return new FaqBotTestServer(app, baseUri, new HttpClient { BaseAddress = baseUri });
    }

    /// <summary>Polls /readyz until it answers 200 (the model and the index load after the server listens); fails after
    /// a minute, with the log when one is given.</summary>
    public async Task WaitUntilReadyAsync(ListLoggerProvider? logs = null)
    {
        for (var i = 0; i < 1200; i++)
        {
            using var response = await Client.GetAsync("readyz");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("not ready within a minute" + (logs is null ? "" : ":\n" + string.Join("\n", logs.Entries.Select(e => e.Message))));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
