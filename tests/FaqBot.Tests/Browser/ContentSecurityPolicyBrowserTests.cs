using FaqBot.Tests.Server;
using Microsoft.Playwright;

namespace FaqBot.Tests.Browser;

// The chat page's Content-Security-Policy in the real browser: Web Chat works under it without a single violation
// (every conversation test of WebChatBrowserTests asserts that), and a script smuggled into the page does not run.
public sealed class ContentSecurityPolicyBrowserTests
{
    // Runs before any page script, in every frame: records each violation the browser reports.
    public const string ViolationRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
          e => window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber}) ${e.sample} ${e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 200) : ''}`));
        """;

    public static async Task<string[]> ViolationsAsync(ILocator frameBody) =>
        await frameBody.EvaluateAsync<string[]>("b => b.ownerDocument.defaultView.__cspViolations || ['recorder missing']");

    public static async Task AssertNoViolationsAsync(ILocator frameBody)
    {
        var violations = await ViolationsAsync(frameBody);
        Assert.True(violations.Length == 0, "Content-Security-Policy violations:\n" + string.Join('\n', violations));
    }

    [ChromiumFact]
    public async Task ChatPage_InjectedInlineScriptAndHandler_DoNotRun()
    {
        await using var server = await FaqBotTestServer.StartAsync();
        await using var browser = await WebChatBrowserTests.LaunchAsync();
        var page = await browser.Browser.NewPageAsync();
        await page.AddInitScriptAsync(ViolationRecorder);
        await page.GotoAsync(server.BaseUri.ToString());
        await page.Locator("[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input").First.WaitForAsync(new() { Timeout = 30_000 });

        // What an injected fragment of HTML would try: an inline script and an inline event handler. (eval cannot be
        // tested from here: code the test harness evaluates is exempt from the page's policy.)
        var ran = await page.EvaluateAsync<bool>("""
            () => {
              const s = document.createElement('script');
              s.textContent = 'window.__inlineRan = true;';
              document.body.appendChild(s);
              const img = document.createElement('img');
              img.setAttribute('onerror', 'window.__handlerRan = true');
              img.src = 'data:,x';
              document.body.appendChild(img);
              return window.__inlineRan === true;
            }
            """);
        // The image's error and the violation reports arrive as events; wait for the handler's report (not a fixed time).
        await page.WaitForFunctionAsync(
            "() => (window.__cspViolations || []).some(v => v.startsWith('script-src-attr'))", null, new() { Timeout = 15_000 });

        Assert.False(ran);
        Assert.False(await page.EvaluateAsync<bool>("() => window.__handlerRan === true"));
        var violations = await ViolationsAsync(page.Locator("body"));
        Assert.Contains(violations, v => v.StartsWith("script-src-elem", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("script-src-attr", StringComparison.Ordinal));
    }
}
