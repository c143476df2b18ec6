using FaqBot.Tests.Server;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// The README's screenshots: the chat page and the widget at 1280×800 and 390×844, each after one answer, written to
// artifacts/browser/screenshots, or to docs/images with FAQBOT_SCREENSHOTS=docs:
//   FAQBOT_SCREENSHOTS=docs dotnet test tests/FaqBot.Tests --filter FullyQualifiedName~ScreenshotBrowserTests
// Each size is also checked for what a screenshot would hide: nothing wider than the screen.
public sealed class ScreenshotBrowserTests
{
    // The shipped disclaimer rather than the tests' marker, so the pictures show what patients read; found on screen by
    // its end (Web Chat's Markdown turns the apostrophe into ’).
    private const string Disclaimer = "This is general information from our clinic's materials, not medical advice. Please talk with your clinician about your own situation.";
    private const string DisclaimerEnd = "Please talk with your clinician about your own situation.";

    public static TheoryData<int, int> Sizes => new() { { 1280, 800 }, { 390, 844 } };

    [ChromiumTheory]
    [MemberData(nameof(Sizes))]
    public async Task ChatPage_Screenshot(int width, int height)
    {
        await using var server = await FaqBotTestServer.StartAsync(["Clinic:Disclaimer=" + Disclaimer]);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, width, height, phone: width < 500);
        var chat = await ChatDriver.OpenChatPageAsync(page, server);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1, DisclaimerEnd);
        await ChatDriver.Suggestions(chat).First.WaitForAsync();

        await SaveAsync(page, $"chat-page-{width}x{height}.png", chat);
    }

    [ChromiumTheory]
    [MemberData(nameof(Sizes))]
    public async Task Widget_Screenshot(int width, int height)
    {
        await using var host = await HostPageServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=" + host.Origin, "Clinic:Disclaimer=" + Disclaimer]);
        host.Embed(server.BaseUri);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, width, height, phone: width < 500);
        var chat = await ChatDriver.OpenWidgetAsync(page, host);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1, DisclaimerEnd);
        await ChatDriver.Suggestions(chat).First.WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await SaveAsync(page, $"widget-{width}x{height}.png", chat);
    }

    private static async Task SaveAsync(IPage page, string name, ILocator chat)
    {
        Assert.True(await chat.EvaluateAsync<bool>("b => b.ownerDocument.documentElement.scrollWidth <= b.ownerDocument.defaultView.innerWidth"),
            "the chat is wider than the screen");
        await page.WaitForTimeoutAsync(500); // Web Chat's scroll animation settles
        var folder = Environment.GetEnvironmentVariable("FAQBOT_SCREENSHOTS") == "docs"
            ? Path.Combine(FaqBotTestServer.RepositoryRoot, "docs", "images")
            : Path.Combine(ChatDriver.ArtifactsFolder(), "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
