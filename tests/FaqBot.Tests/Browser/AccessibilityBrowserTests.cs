using System.Text.RegularExpressions;
using FaqBot.Tests.Server;
using FaqBot.Tests.TestSupport;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// Issue 13 point 4: axe-core (from the committed package-lock, ClientApp/node_modules) finds no serious or critical
// violation on the chat page and in the widget (the host page's button and panel, and the chat in its frame), each
// checked with an answer, its quotes, 👍/👎 and suggested questions on screen.
public sealed class AccessibilityBrowserTests
{
    // Runs axe on the document; returns "rule (impact): targets" for each serious or critical violation.
    private const string RunAxe = """
        async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ')}`);
        }
        """;

    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(
        Path.Combine(Repo.Root, "src", "FaqBot.Server", "ClientApp", "node_modules", "axe-core", "axe.min.js")));

    [ChromiumFact]
    public async Task ChatPage_HasNoSeriousOrCriticalViolations()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 1280, 800);
        var chat = await ChatDriver.OpenChatPageAsync(page, server);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);
        await ChatDriver.Suggestions(chat).First.WaitForAsync();

        AssertNone("chat page", await AnalyzeAsync(page.MainFrame));
    }

    [ChromiumFact]
    public async Task Widget_HostPageAndChat_HaveNoSeriousOrCriticalViolations()
    {
        await using var host = await HostPageServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=" + host.Origin]);
        host.Embed(server.BaseUri);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 390, 844, phone: true);
        var chat = await ChatDriver.OpenWidgetAsync(page, host);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);
        await ChatDriver.Suggestions(chat).First.WaitForAsync();
        var frame = page.Frames.Single(f => f.Url.StartsWith(server.BaseUri.ToString(), StringComparison.Ordinal));

        AssertNone("widget on the host page", await AnalyzeAsync(page.MainFrame));
        AssertNone("chat in the widget", await AnalyzeAsync(frame));
    }

    // Issue 13 point 4: a screen reader announces each reply as "<clinic> said:", not as "Bot FAQ said:" (Web Chat's
    // default, naming the avatar's initials). The announcement is Web Chat's screen-reader-only text in the transcript.
    [ChromiumFact]
    public async Task ChatPage_BotReplies_AreAnnouncedWithTheClinicsName()
    {
        await using var server = await FaqBotTestServer.StartAsync(["Clinic:Name=Harbour Clinic", "Website:BotAvatarInitials=HC"]);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 1280, 800);
        var chat = await ChatDriver.OpenChatPageAsync(page, server);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);

        var spoken = await chat.Locator("#webchat").EvaluateAsync<string>("e => e.textContent");

        Assert.True(Regex.Count(spoken, "Harbour Clinic said:") >= 2, spoken); // the welcome and the answer
        Assert.DoesNotContain("Bot HC", spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot said", spoken, StringComparison.Ordinal);
    }

    // The page's Content-Security-Policy allows no inline script, so axe is evaluated by the test harness (exempt).
    private static async Task<string[]> AnalyzeAsync(IFrame frame)
    {
        await frame.EvaluateAsync(AxeSource.Value);
        Assert.True(await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"), "axe-core did not load");
        return await frame.EvaluateAsync<string[]>(RunAxe);
    }

    private static void AssertNone(string where, string[] violations) =>
        Assert.True(violations.Length == 0, $"axe-core on the {where}:\n" + string.Join('\n', violations));
}
