using FaqBot.Schema.Events;
using FaqBot.Tests.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// Issue 13 point 1: a reload (or the next page of the clinic's site) continues the same conversation, its transcript
// shown again, instead of starting a new one.
public sealed class SessionResumeBrowserTests
{
    private const string SessionKey = "faqbot.session.v1";

    [ChromiumFact]
    public async Task ChatPage_Reload_ShowsTheTranscriptAndContinuesTheConversation()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 800, 900);
        var chat = await ChatDriver.OpenChatPageAsync(page, server);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);
        var before = await SessionConversationIdAsync(page);

        await page.ReloadAsync();
        await ChatDriver.Disclaimers(chat).First.WaitForAsync(new() { Timeout = 30_000 });

        Assert.Contains(ChatDriver.Question, await chat.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await ChatDriver.Disclaimers(chat).CountAsync());
        Assert.Equal(before, await SessionConversationIdAsync(page));
        await ChatDriver.AskAsync(chat, "How long does a ketamine session last?", 2);
        var answers = new StoredEvents(server.App.Services).Answers;
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(before, a.ConversationId));
        Assert.Equal(2, await chat.Locator("#webchat .webchat__bubble--from-user").CountAsync()); // replayed once, not twice
        await ContentSecurityPolicyBrowserTests.AssertNoViolationsAsync(chat);
    }

    [ChromiumFact]
    public async Task Widget_NextPageOfTheSite_ReopensWithTheSameConversation()
    {
        await using var host = await HostPageServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=" + host.Origin]);
        host.Embed(server.BaseUri);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 1280, 800);
        var chat = await ChatDriver.OpenWidgetAsync(page, host);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);

        await page.GotoAsync(host.Origin + "/?page=2");

        Assert.Equal("true", await page.Locator(".faqbot-bubble").GetAttributeAsync("aria-expanded"));
        await ChatDriver.Disclaimers(chat).First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains(ChatDriver.Question, await chat.Locator("#webchat").InnerTextAsync(), StringComparison.Ordinal);
        await ChatDriver.AskAsync(chat, "How long does a ketamine session last?", 2);
        var answers = new StoredEvents(server.App.Services).Answers;
        Assert.Single(answers.Select(a => a.ConversationId).Distinct());
    }

    private static Task<string> SessionConversationIdAsync(IPage page) =>
        page.EvaluateAsync<string>($"() => JSON.parse(sessionStorage.getItem('{SessionKey}')).conversationId");
}
