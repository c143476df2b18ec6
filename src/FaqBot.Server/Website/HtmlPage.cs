using System.Net;

namespace FaqBot.Server.Website;

// The shell every page FaqBot serves shares: UTF-8, a phone-friendly viewport, the favicon and one fingerprinted style
// sheet. Callers pass markup they have already encoded; the title and the style sheet path are encoded here.
internal static class HtmlPage
{
    public static string Render(string title, string styleSheet, string body, string extraHead = "") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <link rel="icon" href="favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="{{WebUtility.HtmlEncode(styleSheet)}}">
        {{extraHead}}</head>
        <body>
        {{body}}</body>
        </html>
        """;

    // Text files the build embeds in this assembly (the widget script, docs/privacy.md).
    public static string EmbeddedText(string name)
    {
        using var stream = typeof(HtmlPage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
