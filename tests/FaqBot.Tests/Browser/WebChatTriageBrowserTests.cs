using FaqBot.Schema.Events;
using FaqBot.Core.Answering;
using FaqBot.Tests.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// Triage as a patient meets it in the real Web Chat (headless chromium): a long paste is answered (no "Send failed"),
// a message over the limit is refused by the page with the text kept, and the crisis card's buttons open tel: and sms:.
public sealed class WebChatTriageBrowserTests
{
    private const string Input = "[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input";

    // Records every tel:/sms: link the page opens instead of handing it to the (absent) dialer.
    private const string LinkRecorder = """
        window.__faqbotLinks = [];
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          if (/^(tel|sms):/.test(this.href)) { window.__faqbotLinks.push(this.href); return; }
          return click.call(this);
        };
        """;

    [ChromiumFact]
    public async Task ChatPage_MessageOver4096Characters_IsTriagedAndAnswered()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(server.BaseUri.ToString());
        var input = page.Locator(Input).First;
        await input.WaitForAsync(new() { Timeout = 30_000 });
        var story = string.Concat(Enumerable.Repeat("My sister drove me to the clinic again and we waited a while. ", 90));

        await input.FillAsync(story + "What are the side effects of ketamine?");
        await input.PressAsync("Enter");
        await page.Locator("#webchat em", new() { HasText = FaqBotTestServer.Disclaimer }).First.WaitForAsync(new() { Timeout = 20_000 });

        Assert.True(story.Length > 4096);
        Assert.DoesNotContain("Send failed", await page.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
        var answer = Assert.Single(new StoredEvents(server.App.Services).Answers);
        Assert.Equal(AnswerKind.Answer, answer.Kind);
    }

    [ChromiumFact]
    public async Task ChatPage_MessageOverTheLimit_IsRefusedVisiblyAndKeptInTheBox()
    {
        await using var server = await FaqBotTestServer.StartAsync(["DirectLine:MaxTextLength=5000"]);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await browser.Browser.NewPageAsync();

        // Connected first (the welcome is shown): before that Web Chat ignores Enter, and the guard never sees a send.
        await ChatDriver.OpenChatPageAsync(page, server);
        var input = page.Locator(Input).First;
        var text = string.Concat(Enumerable.Repeat("a very long paste ", 400));

        await input.FillAsync(text);
        await input.PressAsync("Enter");
        var notice = page.Locator("#faqbot-notice");
        await notice.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 10_000 });

        Assert.Contains("7,200 characters long", await notice.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(text, await input.InputValueAsync());
        Assert.DoesNotContain("Send failed", await page.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(new StoredEvents(server.App.Services).Answers);
    }

    [ChromiumFact]
    public async Task ChatPage_Crisis_ShowsCardWhoseButtonsOpenTelAndSmsLinks()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 800, Height = 900 } });
        await page.AddInitScriptAsync(LinkRecorder);
        await page.GotoAsync(server.BaseUri.ToString());
        var input = page.Locator(Input).First;
        await input.WaitForAsync(new() { Timeout = 30_000 });

        await input.FillAsync("how long is a session? honestly i have been saving up my pills");
        await input.PressAsync("Enter");
        await page.GetByText("You deserve support right now").First.WaitForAsync(new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Call 988" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Text 988" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Call 911" }).First.ClickAsync();

        var opened = await page.EvaluateAsync<string[]>("() => window.__faqbotLinks");
        Assert.Equal(["tel:988", "sms:988", "tel:911"], opened);
        Assert.DoesNotContain(FaqBotTestServer.Disclaimer, await page.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
        var folder = Path.Combine(FaqBotTestServer.RepositoryRoot, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "webchat-crisis-card.png"), FullPage = true });
    }
}
