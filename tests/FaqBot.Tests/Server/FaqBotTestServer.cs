using FaqBot.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FaqBot.Tests.Server;

// The real server on a loopback port, configured from the repository's appsettings.json plus overrides.
internal sealed class FaqBotTestServer : IAsyncDisposable
{
    public const string Secret = "test-secret-for-server-to-server-calls";
    public const string SigningKey = "test-signing-key-0123456789abcdef0123456789";
    public const string Disclaimer = "TEST DISCLAIMER: general information only.";

    private FaqBotTestServer(WebApplication app, Uri baseUri)
    {
        App = app;
        BaseUri = baseUri;
        Client = new HttpClient { BaseAddress = baseUri };
    }

    public WebApplication App { get; }

    public Uri BaseUri { get; }

    public HttpClient Client { get; }

    public DirectLineTestClient DirectLine => new(Client);

    public static string RepositoryRoot => FaqBot.Tests.TestSupport.Repo.Root;

    // logs, when given, receives every log line the server writes (at the levels the settings allow); configureServices
    // runs last, to replace registrations.
    public static async Task<FaqBotTestServer> StartAsync(IEnumerable<string>? settings = null, TimeProvider? timeProvider = null,
        Microsoft.Extensions.Logging.ILoggerProvider? logs = null, Action<IServiceCollection>? configureServices = null)
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

            configureServices?.Invoke(services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(); // a scrape address, if any, comes after
        return new FaqBotTestServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
