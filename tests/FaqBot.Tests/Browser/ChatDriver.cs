using FaqBot.Tests.Server;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// What the issue-13 browser tests do again and again with the chat, on the page or inside the widget's frame:
// wait for the welcome, ask, wait for the reply's disclaimer (the end of every answer).
internal static class ChatDriver
{
    public const string Welcome = "What is ketamine therapy?"; // the first of Bot:ExampleQuestions' defaults
    public const string Question = "What are the side effects of ketamine?";

    public static ILocator Input(ILocator chat) =>
        chat.Locator("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input").First;

    public static ILocator Disclaimers(ILocator chat, string disclaimer = FaqBotTestServer.Disclaimer) =>
        chat.Locator("#webchat em", new() { HasText = disclaimer });

    public static ILocator Suggestions(ILocator chat) => chat.Locator(".webchat__suggested-action");

    public static async Task WaitForWelcomeAsync(ILocator chat)
    {
        await Input(chat).WaitForAsync(new() { Timeout = 30_000 });
        await chat.GetByRole(AriaRole.Button, new() { Name = Welcome }).First.WaitForAsync(new() { Timeout = 15_000 });
    }

    // Sends a message and waits until the transcript holds `replies` disclaimers.
    public static async Task AskAsync(ILocator chat, string message, int replies, string disclaimer = FaqBotTestServer.Disclaimer)
    {
        var input = Input(chat);
        await input.FillAsync(message);
        await input.PressAsync("Enter");
        await Disclaimers(chat, disclaimer).Nth(replies - 1).WaitForAsync(new() { Timeout = 20_000 });
    }

    // Sends a message without waiting: for replies that end without a disclaimer, such as the crisis text.
    public static async Task SendAsync(ILocator chat, string message)
    {
        var input = Input(chat);
        await input.FillAsync(message);
        await input.PressAsync("Enter");
    }

    public static async Task<IPage> NewPageAsync(WebChatBrowserTests.BrowserSession browser, int width, int height, bool phone = false)
    {
        var page = await browser.Browser.NewPageAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
        });
        await page.AddInitScriptAsync(ContentSecurityPolicyBrowserTests.ViolationRecorder);
        return page;
    }

    // Opens the chat page and returns its body, welcome shown.
    public static async Task<ILocator> OpenChatPageAsync(IPage page, FaqBotTestServer server)
    {
        await page.GotoAsync(server.BaseUri.ToString());
        var chat = page.Locator("body");
        await WaitForWelcomeAsync(chat);
        return chat;
    }

    // Opens the widget on the host page with a click and returns the chat inside its frame, welcome shown.
    public static async Task<ILocator> OpenWidgetAsync(IPage page, HostPageServer host)
    {
        await page.GotoAsync(host.Origin + "/");
        await page.Locator(".faqbot-bubble").ClickAsync();
        var chat = page.FrameLocator(".faqbot-panel iframe").Locator("body");
        await WaitForWelcomeAsync(chat);
        return chat;
    }

    public static string ArtifactsFolder()
    {
        var folder = Path.Combine(FaqBotTestServer.RepositoryRoot, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
