using FaqBot.Tests.Server;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// Issue 13 points 5 and 2 for the widget on a desktop screen: a site missing from Website:AllowedOrigins gets a panel
// that says so and links to the chat (and a console line naming the origin to add and the restart), not a grey frame;
// in the 380-px panel every suggested question is shown in full.
public sealed class WidgetEmbedBrowserTests
{
    [ChromiumFact]
    public async Task Widget_SiteNotInAllowedOrigins_PanelSaysSoLinksToTheChatAndConsoleNamesTheOrigin()
    {
        await using var host = await HostPageServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=https://www.example-clinic.org"]);
        host.Embed(server.BaseUri);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 1280, 800);
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.GotoAsync(host.Origin + "/");

        await page.Locator(".faqbot-bubble").ClickAsync();

        var notice = page.Locator(".faqbot-panel [role='alert']");
        await notice.WaitForAsync(new() { Timeout = 15_000 });
        Assert.StartsWith("The chat cannot be shown on this page.", await notice.InnerTextAsync(), StringComparison.Ordinal);
        var link = notice.GetByRole(AriaRole.Link, new() { Name = "Open the chat in a new tab" });
        Assert.Equal(server.BaseUri.ToString(), await link.GetAttributeAsync("href"));
        Assert.Equal(0, await page.Locator(".faqbot-panel iframe").CountAsync()); // no frame the chat page would refuse
        Assert.Equal("A", await page.EvaluateAsync<string>("() => document.activeElement.tagName")); // focus on the link
        var warning = Assert.Single(console, line => line.StartsWith("FaqBot:", StringComparison.Ordinal));
        Assert.Contains(host.Origin + " is not in Website:AllowedOrigins", warning, StringComparison.Ordinal);
        Assert.Contains("restart FaqBot", warning, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Widget_Desktop_SuggestionsShownInFullInThe380PixelPanel()
    {
        await using var host = await HostPageServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=" + host.Origin]);
        host.Embed(server.BaseUri);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 1280, 800);
        var chat = await ChatDriver.OpenWidgetAsync(page, host);
        Assert.Equal(380, (await page.Locator(".faqbot-panel").BoundingBoxAsync())!.Width, 1.0);
        await PhoneLayoutBrowserTests.AssertNoneClippedAsync(chat, 3);

        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);
        await PhoneLayoutBrowserTests.AssertNoneClippedAsync(chat, 1);
    }
}
