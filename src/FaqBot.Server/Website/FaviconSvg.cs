using System.Net;

namespace FaqBot.Server.Website;

// The site's icon: the clinic's initials in white on a circle of its accent colour (the same as the chat's avatar).
public static class FaviconSvg
{
    public static string Create(string accentColor, string initials)
    {
        ArgumentNullException.ThrowIfNull(initials);
        var text = WebUtility.HtmlEncode(initials);
        var size = initials.Length <= 2 ? 30 : initials.Length == 3 ? 23 : 18;
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="{accentColor}"/><text x="32" y="32" dy=".35em" text-anchor="middle" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="{size}" font-weight="700" fill="#fff">{text}</text></svg>
            """;
    }
}
