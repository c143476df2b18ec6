using FaqBot.Tests.Server;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// Issue 13 points 2 and 6 on a 390×844 phone: every suggested question is shown in full (wrapped, never cut with "…"
// or pushed off the screen), the 👍/👎 are not among the suggestions, and phone numbers in replies are tap-to-call.
public sealed class PhoneLayoutBrowserTests
{
    // For each suggested question: its text, and why it is clipped ("" when shown in full).
    private const string ClippedSuggestions = """
        b => [...b.ownerDocument.querySelectorAll('.webchat__suggested-action')].map(button => {
          const text = button.querySelector('.webchat__suggested-action__text') || button;
          const box = button.getBoundingClientRect();
          const style = getComputedStyle(text);
          const why = [];
          if (text.scrollWidth > text.clientWidth + 1) why.push('text wider than its box');
          if (text.scrollHeight > text.clientHeight + 1) why.push('text taller than its box');
          if (style.textOverflow === 'ellipsis' && style.whiteSpace === 'nowrap') why.push('one line with …');
          if (box.left < 0 || box.right > b.ownerDocument.documentElement.clientWidth + 1) why.push('off the screen');
          return [button.textContent, why.join(', ')];
        })
        """;

    [ChromiumFact]
    public async Task ChatPage_Phone_SuggestionsShownInFull()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 390, 844, phone: true);
        var chat = await ChatDriver.OpenChatPageAsync(page, server);
        await AssertNoneClippedAsync(chat, 3);

        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);
        await AssertNoneClippedAsync(chat, 1);
        // Point 3: the suggestions no longer take a quarter of the screen from the answer (they scroll beyond 160 px).
        var suggestionsHeight = (await chat.Locator(".webchat__suggested-actions").First.BoundingBoxAsync())!.Height;
        Assert.True(suggestionsHeight < 844 / 4.0, $"the suggestions take {suggestionsHeight} of 844 px");
        Assert.Equal(0, await chat.Locator(".webchat__suggested-actions .webchat__thumb-button").CountAsync());
        Assert.True(await chat.Locator(".webchat__thumb-button").CountAsync() >= 2);
    }

    // Issue 13 point 3: after an answer the transcript stops with the answer's start in view, not at the bottom. On a
    // phone held sideways (844×390) an answer is taller than the transcript, so scrolling to the bottom would hide it.
    [ChromiumFact]
    public async Task ChatPage_Phone_AnswersFirstQuoteStaysInView()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 844, 390, phone: true);
        var chat = await ChatDriver.OpenChatPageAsync(page, server);
        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);
        var quotesBefore = await chat.Locator("#webchat blockquote").CountAsync();
        await ChatDriver.AskAsync(chat, "How does ketamine affect the brain?", 2);
        await WaitForScrollingToSettleAsync(chat);

        var place = await chat.Locator("#webchat blockquote").Nth(quotesBefore).EvaluateAsync<double[]>("""
            q => { const first = q.getBoundingClientRect();
              const log = document.querySelector('.webchat__basic-transcript__scrollable').getBoundingClientRect();
              return [first.top, log.top, log.bottom]; }
            """);
        Assert.True(place[0] >= place[1] - 1 && place[0] < place[2] - 40, $"the new answer's first quote starts at {place[0]}, transcript {place[1]}..{place[2]}");
    }

    [ChromiumFact]
    public async Task Widget_Phone_SuggestionsShownInFull()
    {
        await using var host = await HostPageServer.StartAsync();
        await using var server = await FaqBotTestServer.StartAsync(["Website:AllowedOrigins:0=" + host.Origin]);
        host.Embed(server.BaseUri);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 390, 844, phone: true);
        var chat = await ChatDriver.OpenWidgetAsync(page, host);
        await AssertNoneClippedAsync(chat, 3);

        await ChatDriver.AskAsync(chat, ChatDriver.Question, 1);
        await AssertNoneClippedAsync(chat, 1);
    }

    [ChromiumFact]
    public async Task ChatPage_PhoneNumbersInReplies_AreTelLinks()
    {
        await using var server = await FaqBotTestServer.StartAsync(["Clinic:Contact=Call us at (732) 555-0100 or write to info@example-clinic.org."]);
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await ChatDriver.NewPageAsync(browser, 390, 844, phone: true);
        var chat = await ChatDriver.OpenChatPageAsync(page, server);

        // The welcome's emergency line names 911 and 988; the crisis card's own tap-to-call buttons are tested with the
        // card (WebChatTriageBrowserTests). The abstain reply carries the clinic's contact.
        await ChatDriver.AskAsync(chat, "Do you validate parking at the downtown garage?", 1);

        var contact = chat.Locator("#webchat a[href='tel:+17325550100']");
        Assert.Equal("(732) 555-0100", await contact.First.InnerTextAsync());
        Assert.Equal("988", await chat.Locator("#webchat a[href='tel:988']").First.InnerTextAsync());
        Assert.Equal("911", await chat.Locator("#webchat a[href='tel:911']").First.InnerTextAsync());
        Assert.Equal(1, await chat.Locator("#webchat a[href='mailto:info@example-clinic.org']").CountAsync());
        await ContentSecurityPolicyBrowserTests.AssertNoViolationsAsync(chat);
    }

    internal static async Task AssertNoneClippedAsync(ILocator chat, int atLeast)
    {
        await ChatDriver.Suggestions(chat).First.WaitForAsync(new() { Timeout = 15_000 });
        var suggestions = await chat.EvaluateAsync<string[][]>(ClippedSuggestions);
        Assert.True(suggestions.Length >= atLeast, $"{suggestions.Length} suggestions");
        var clipped = suggestions.Where(s => s[1].Length > 0).Select(s => $"\"{s[0]}\": {s[1]}").ToList();
        Assert.True(clipped.Count == 0, "clipped suggestions:\n" + string.Join('\n', clipped));
    }

    // Web Chat scrolls with an animation, later on a slower machine: wait until the transcript's scroll position has
    // stayed the same for half a second (not a fixed time).
    private static async Task WaitForScrollingToSettleAsync(ILocator chat)
    {
        var scrollable = chat.Locator(".webchat__basic-transcript__scrollable").First;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        double? last = null;
        var steady = 0;
        while (steady < 5 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            var top = await scrollable.EvaluateAsync<double>("e => e.scrollTop");
            steady = top == last ? steady + 1 : 0;
            last = top;
        }
    }
}
