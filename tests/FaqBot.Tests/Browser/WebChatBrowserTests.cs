using FaqBot.Schema.Events;
using FaqBot.Tests.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// The real Web Chat bundle in headless Debian chromium against the real server: ask, see a quote with its source and
// the disclaimer, click a follow-up, click the 👍 under the answer. Assertions are on the reply's shape, not on any
// document's text.
public sealed class WebChatBrowserTests
{
    private const string Question = "What are the side effects of ketamine?";
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [ChromiumFact]
    public async Task ChatPage_WebSocket_AnswersWithQuoteFollowUpAndFeedback()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 800, Height = 900 } });
        await page.AddInitScriptAsync(ContentSecurityPolicyBrowserTests.ViolationRecorder);
        var streams = new List<string>();
        page.WebSocket += (_, socket) => streams.Add(socket.Url);

        await page.GotoAsync(server.BaseUri.ToString());
        await RunConversationAsync(page.Locator("body"), server, page, "websocket");

        Assert.Contains("/stream?", Assert.Single(streams), StringComparison.Ordinal);
    }

    // In the page: Enter keydown time, and the time a new disclaimer (the end of a reply) appears in the transcript.
    private const string LatencyProbe = """
        disclaimer => {
          const probe = window.__faqbotProbe = { sent: [], shown: [] };
          document.addEventListener('keydown', e => { if (e.key === 'Enter') probe.sent.push(performance.now()); }, true);
          const root = document.getElementById('webchat');
          const count = () => [...root.querySelectorAll('em')].filter(e => e.textContent.includes(disclaimer)).length;
          let last = count();
          new MutationObserver(() => { const now = count(); if (now > last) { last = now; probe.shown.push(performance.now()); } })
            .observe(root, { subtree: true, childList: true, characterData: true });
        }
        """;

    // Records (does not assert) keypress-to-rendered-reply times over WebSocket, measured inside the page, into
    // artifacts/browser/latency.txt; the figure goes to docs/benchmarks.md.
    [ChromiumFact]
    public async Task ChatPage_WebSocket_RecordsReplyLatency()
    {
        await using var server = await FaqBotTestServer.StartAsync(["RateLimiting:Enabled=false"]);
        await using var browser = await LaunchAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.AddInitScriptAsync(ContentSecurityPolicyBrowserTests.ViolationRecorder);
        await page.GotoAsync(server.BaseUri.ToString());
        var chat = page.Locator("body");
        var input = chat.Locator("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input").First;
        var disclaimers = chat.Locator("#webchat em", new() { HasText = FaqBotTestServer.Disclaimer });
        await input.WaitForAsync(new() { Timeout = 30_000 });
        await Expect(chat.GetByRole(AriaRole.Button, new() { Name = "What is ketamine therapy?" }).First);
        await page.EvaluateAsync(LatencyProbe, FaqBotTestServer.Disclaimer);

        for (var i = 1; i <= 11; i++)
        {
            await input.FillAsync($"{Question} ({i})");
            await input.PressAsync("Enter");
            await disclaimers.Nth(i - 1).WaitForAsync(new() { Timeout = 15_000 });
        }

        var probe = await page.EvaluateAsync<double[][]>("() => [window.__faqbotProbe.sent, window.__faqbotProbe.shown]");
        var times = probe[0].Zip(probe[1], (sent, shown) => shown - sent).ToList();
        Assert.Equal(11, await disclaimers.CountAsync());
        var measured = times.Skip(1).Order().ToList();
        var folder = Path.Combine(FaqBotTestServer.RepositoryRoot, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "latency.txt"), string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"websocket reply latency ms (n={measured.Count}, first message excluded): min {measured[0]:F0}, median {measured[measured.Count / 2]:F0}, max {measured[^1]:F0}\n"));
    }

    [ChromiumFact]
    public async Task ChatPage_Polling_AnswersWithQuoteFollowUpAndFeedback()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await LaunchAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 800, Height = 900 } });
        await page.AddInitScriptAsync(ContentSecurityPolicyBrowserTests.ViolationRecorder);
        var streams = 0;
        var polls = 0;
        page.WebSocket += (_, _) => streams++;
        page.Request += (_, request) => polls += request.Url.Contains("/activities?watermark=", StringComparison.Ordinal) ? 1 : 0;

        await page.GotoAsync(server.BaseUri + "?transport=polling");
        await RunConversationAsync(page.Locator("body"), server, page, "polling");

        Assert.Equal(0, streams);
        Assert.True(polls > 0);
    }

    [ChromiumFact]
    public async Task Widget_OnAnotherOriginPhoneSized_OpensChatThatAnswers()
    {
        await using var host = await HostPageServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=" + host.Origin]);
        host.Embed(server.BaseUri);
        await using var browser = await LaunchAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await page.AddInitScriptAsync(ContentSecurityPolicyBrowserTests.ViolationRecorder);

        await page.GotoAsync(host.Origin + "/");
        await page.Locator(".faqbot-bubble").ClickAsync();
        var chat = page.FrameLocator(".faqbot-panel iframe").Locator("body");

        await RunConversationAsync(chat, server, page, "widget");
        var panel = await page.Locator(".faqbot-panel").BoundingBoxAsync();
        Assert.Equal(390, panel!.Width, 1.0);
    }

    private static async Task RunConversationAsync(ILocator chat, FaqBotTestServer server, IPage page, string mode)
    {
        var disclaimers = chat.Locator("#webchat em", new() { HasText = FaqBotTestServer.Disclaimer });
        var input = chat.Locator("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input").First;
        await input.WaitForAsync(new() { Timeout = 30_000 });
        await Expect(chat.GetByRole(AriaRole.Button, new() { Name = "What is ketamine therapy?" }).First);

        await input.FillAsync(Question);
        await input.PressAsync("Enter");
        await WaitForCountAsync(disclaimers, 1);

        var quote = chat.Locator("#webchat blockquote").First;
        Assert.True(await quote.IsVisibleAsync());
        Assert.Equal("4px", await quote.EvaluateAsync<string>("e => getComputedStyle(e).borderLeftWidth"));
        var answerText = await chat.Locator("#webchat").InnerTextAsync();
        Assert.Contains("— ", answerText, StringComparison.Ordinal);
        Assert.Contains(Question, answerText, StringComparison.Ordinal);

        var followUp = chat.Locator(".webchat__suggested-action").First;
        await followUp.ClickAsync();
        await WaitForCountAsync(disclaimers, 2);

        // The 👍 under the latest answer: pressed, recorded, and the suggested questions stay.
        var suggestions = await chat.Locator(".webchat__suggested-action").CountAsync();
        var thumb = chat.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true }).Last;
        await thumb.ClickAsync();
        var sink = new StoredEvents(server.App.Services);
        await WaitUntilAsync(() => sink.Feedback.Count > 0);

        Assert.Equal("true", await thumb.GetAttributeAsync("aria-pressed"));
        Assert.Equal(suggestions, await chat.Locator(".webchat__suggested-action").CountAsync());
        Assert.DoesNotContain("Send failed", await chat.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
        var feedback = Assert.Single(sink.Feedback);
        Assert.Equal(FeedbackRating.Helpful, feedback.Rating);
        Assert.Equal(sink.Answers[^1].ActivityId, feedback.AnswerToActivityId); // the latest answer's question
        Assert.Equal(2, new StoredEvents(server.App.Services).Answers.Count);
        await ContentSecurityPolicyBrowserTests.AssertNoViolationsAsync(chat);
        await SaveScreenshotAsync(page, mode);
    }

    private static async Task Expect(ILocator locator) => await locator.WaitForAsync(new() { Timeout = 15_000 });

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 150 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "timed out waiting");
    }

    private static async Task WaitForCountAsync(ILocator locator, int count)
    {
        await locator.Nth(count - 1).WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(count, await locator.CountAsync());
    }

    private static async Task SaveScreenshotAsync(IPage page, string mode)
    {
        var folder = Path.Combine(FaqBotTestServer.RepositoryRoot, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"webchat-{mode}.png"), FullPage = true });
    }

    internal static async Task<BrowserSession> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = [.. ChromiumArgs],
        });
        return new BrowserSession(playwright, browser);
    }

    // Playwright gives each launch a fresh temporary profile (--user-data-dir).
    internal sealed class BrowserSession(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public IBrowser Browser => browser;

        public async ValueTask DisposeAsync()
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
