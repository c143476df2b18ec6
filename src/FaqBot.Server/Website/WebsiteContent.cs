using System.Net;
using System.Text.Json;
using FaqBot.Bot;
using FaqBot.Core.Answering;
using FaqBot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Website;

// Builds the chat page and the widget script once, from configuration.
public sealed class WebsiteContent
{
    private const string ConfigMarker = "/*FAQBOT_CONFIG*/null";

    public WebsiteContent(
        IOptions<WebsiteOptions> website, IOptions<ClinicOptions> clinic, IOptions<BotOptions> bot, StaticAssetRoutes assets,
        IOptions<DirectLineOptions>? directLine = null)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var options = website.Value;
        var title = options.ResolveTitle(clinic.Value.Name);
        var limits = directLine?.Value ?? new DirectLineOptions();
        var config = new WebsiteClientConfig(title, options.AccentColor, options.BotAvatarInitials, options.UserAvatarInitials,
            bot.Value.HelpfulTitle, bot.Value.NotHelpfulTitle, [.. options.AllowedOrigins.Select(o => o.TrimEnd('/'))],
            limits.MaxTextLength, limits.MaxBodyBytes, clinic.Value.CrisisResourcesFor(clinic.Value.CrisisLocale).Resources.WelcomeNote);
        var json = JsonSerializer.Serialize(config, WebsiteJsonContext.Default.WebsiteClientConfig);
        ChatPage = BuildPage(config, json, assets, string.IsNullOrWhiteSpace(options.PrivacyUrl) ? "privacy" : options.PrivacyUrl);
        Favicon = FaviconSvg.Create(options.AccentColor, options.BotAvatarInitials);
        WidgetScript = HtmlPage.EmbeddedText("FaqBot.Server.widget.js").Replace(ConfigMarker, json, StringComparison.Ordinal);
        FrameAncestors = options.AllowedOrigins.Contains("*")
            ? "frame-ancestors *"
            : string.Join(' ', ["frame-ancestors 'self'", .. options.AllowedOrigins.Select(o => o.TrimEnd('/'))]);
        ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + $"font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; base-uri 'none'; form-action 'none'; {FrameAncestors}";
    }

    public string ChatPage { get; }

    public string WidgetScript { get; }

    public string Favicon { get; }

    // Only the configured origins may show the chat page in a frame.
    public string FrameAncestors { get; }

    // Scripts only from our own origin (Web Chat's bundle, chat.js: no inline script, no eval); connections (fetch,
    // the WebSocket) only to our origin; images our own or data:/blob: (Web Chat's icons); no plugins, no <base>, no
    // form posts; frames as Website:AllowedOrigins says. Styles need 'unsafe-inline': Web Chat's CSS-in-JS writes
    // <style> elements, and react-scroll-to-bottom (its transcript) creates its own without the nonce Web Chat is
    // given, so a nonce would break scrolling. Inline styles cannot run code.
    public string ContentSecurityPolicy { get; }

    // Scripts and the style sheet by their fingerprinted names (cached for a year); Web Chat first, then our helpers.
    private static string BuildPage(WebsiteClientConfig config, string json, StaticAssetRoutes assets, string privacyUrl)
    {
        var privacy = WebUtility.HtmlEncode(privacyUrl);
        var title = WebUtility.HtmlEncode(config.Title);
        var initials = WebUtility.HtmlEncode(config.BotAvatarInitials);
        var scripts = string.Concat(new[] { "lib/webchat.js", "chat-session.js", "chat-phone.js", "chat.js" }
            .Select(path => $"<script src=\"{WebUtility.HtmlEncode(assets[path])}\"></script>\n"));
        var body = $$"""
            <header class="faqbot-header"><span class="faqbot-avatar" aria-hidden="true">{{initials}}</span><h1>{{title}}</h1>
            <a class="faqbot-privacy" href="{{privacy}}" target="_blank" rel="noopener">Privacy</a></header>
            <p id="faqbot-notice" class="faqbot-notice" role="alert" hidden></p>
            <main id="webchat" aria-label="Chat with {{title}}"></main>
            <noscript>This chat needs JavaScript.</noscript>
            <script id="faqbot-config" type="application/json">{{json}}</script>
            {{scripts}}
            """;
        return HtmlPage.Render(config.Title, assets["chat.css"], body, $"<style>:root {{ --faqbot-accent: {config.AccentColor}; }}</style>\n");
    }
}
