using System.Net;
using System.Text.Json;
using FaqBot.Core.Answering;
using FaqBot.Server.DirectLine;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Website;

// Builds the chat page and the widget script once, from configuration.
public sealed class WebsiteContent
{
    private const string ConfigMarker = "/*FAQBOT_CONFIG*/null";

    public WebsiteContent(IOptions<WebsiteOptions> website, IOptions<ClinicOptions> clinic, IOptions<DirectLineOptions>? directLine = null)
    {
        var options = website.Value;
        var title = options.ResolveTitle(clinic.Value.Name);
        var limits = directLine?.Value ?? new DirectLineOptions();
        var config = new WebsiteClientConfig(
            title, options.AccentColor, options.BotAvatarInitials, options.UserAvatarInitials, limits.MaxTextLength, limits.MaxBodyBytes,
            clinic.Value.CrisisResourcesFor(clinic.Value.CrisisLocale).Resources.WelcomeNote);
        var json = JsonSerializer.Serialize(config, WebsiteJsonContext.Default.WebsiteClientConfig);
        ChatPage = BuildPage(config, json);
        WidgetScript = LoadResource("FaqBot.Server.widget.js").Replace(ConfigMarker, json, StringComparison.Ordinal);
        FrameAncestors = options.AllowedOrigins.Contains("*")
            ? "frame-ancestors *"
            : string.Join(' ', ["frame-ancestors 'self'", .. options.AllowedOrigins.Select(o => o.TrimEnd('/'))]);
        ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; base-uri 'none'; form-action 'none'; {FrameAncestors}";
    }

    public string ChatPage { get; }

    public string WidgetScript { get; }

    // Only the configured origins may show the chat page in a frame.
    public string FrameAncestors { get; }

    // Scripts only from our own origin (Web Chat's bundle, chat.js: no inline script, no eval); connections (fetch,
    // the WebSocket) only to our origin; images our own or data:/blob: (Web Chat's icons); no plugins, no <base>, no
    // form posts; frames as Website:AllowedOrigins says. Styles need 'unsafe-inline': Web Chat's CSS-in-JS writes
    // <style> elements, and react-scroll-to-bottom (its transcript) creates its own without the nonce Web Chat is
    // given, so a nonce would break scrolling. Inline styles cannot run code.
    public string ContentSecurityPolicy { get; }

    private static string BuildPage(WebsiteClientConfig config, string json)
    {
        var title = WebUtility.HtmlEncode(config.Title);
        var initials = WebUtility.HtmlEncode(config.BotAvatarInitials);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title>
            <link rel="stylesheet" href="chat.css">
            <style>:root { --faqbot-accent: {{config.AccentColor}}; }</style>
            </head>
            <body>
            <header class="faqbot-header"><span class="faqbot-avatar" aria-hidden="true">{{initials}}</span><h1>{{title}}</h1></header>
            <p id="faqbot-notice" class="faqbot-notice" role="alert" hidden></p>
            <main id="webchat" aria-label="Chat"></main>
            <noscript>This chat needs JavaScript.</noscript>
            <script id="faqbot-config" type="application/json">{{json}}</script>
            <script src="lib/webchat.js"></script>
            <script src="chat.js"></script>
            </body>
            </html>
            """;
    }

    private static string LoadResource(string name)
    {
        using var stream = typeof(WebsiteContent).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
