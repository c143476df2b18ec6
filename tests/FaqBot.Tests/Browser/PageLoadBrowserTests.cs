using System.Globalization;
using FaqBot.Tests.Server;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// Issue 13 point 6 in the browser: Web Chat's bundle arrives compressed and, once cached, is not fetched again. Also
// records (does not assert) how long the welcome takes to show after a load with a warm cache, into
// artifacts/browser/welcome.txt: a timing on a shared machine is a measurement, not a pass/fail.
public sealed class PageLoadBrowserTests
{
    // Before any page script: the time (since navigation start) the welcome's first example question appears.
    private const string WelcomeProbe = """
        window.__welcomeShown = null;
        new MutationObserver((_, observer) => {
          if ([...document.querySelectorAll('.webchat__suggested-action')].some(b => b.textContent.includes('What is ketamine therapy?'))) {
            window.__welcomeShown = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true });
        """;

    // Web Chat's bundle as the browser fetched it: bytes on the wire, bytes after decoding, and the Content-Encoding.
    private const string BundleEntry = """
        () => { const e = performance.getEntriesByType('resource').find(r => /\/lib\/webchat\.[a-z0-9]+\.js$/.test(r.name));
          return e ? [e.transferSize, e.encodedBodySize, e.decodedBodySize] : null; }
        """;

    [ChromiumFact]
    public async Task ChatPage_WebChatBundle_IsCompressedThenCached_AndWelcomeTimeIsRecorded()
    {
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:Enabled=false"]);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(WelcomeProbe);
        var encodings = new List<string?>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/lib/webchat.", StringComparison.Ordinal))
            {
                encodings.Add(response.Headers.GetValueOrDefault("content-encoding"));
            }
        };

        var cold = await LoadAsync(page, server);
        var coldBundle = await page.EvaluateAsync<double[]>(BundleEntry);
        var warm = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            await page.EvaluateAsync("() => sessionStorage.clear()"); // a new visitor's conversation: the welcome again
            warm.Add(await LoadAsync(page, server));
        }

        var warmBundle = await page.EvaluateAsync<double[]>(BundleEntry);
        Assert.Equal("gzip", encodings[0]);
        Assert.True(coldBundle[1] * 3 < coldBundle[2], $"sent {coldBundle[1]} bytes for {coldBundle[2]}: not compressed");
        Assert.Equal(0, warmBundle[0]); // from the browser's cache: nothing on the wire
        warm.Sort();
        await File.WriteAllTextAsync(Path.Combine(ChatDriver.ArtifactsFolder(), "welcome.txt"), string.Create(CultureInfo.InvariantCulture,
            $"welcome visible after navigation start, ms: cold cache {cold:F0}; warm cache (n={warm.Count}) min {warm[0]:F0}, median {warm[warm.Count / 2]:F0}, max {warm[^1]:F0}; "
            + $"webchat bundle {coldBundle[1] / 1024:F0} KB gzip for {coldBundle[2] / 1024:F0} KB\n"));
    }

    private static async Task<double> LoadAsync(IPage page, FaqBotTestServer server)
    {
        await page.GotoAsync(server.BaseUri.ToString());
        await page.WaitForFunctionAsync("() => window.__welcomeShown !== null", null, new() { Timeout = 30_000 });
        return await page.EvaluateAsync<double>("() => window.__welcomeShown");
    }
}
