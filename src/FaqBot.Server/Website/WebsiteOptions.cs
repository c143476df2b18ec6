using System.ComponentModel.DataAnnotations;

namespace FaqBot.Server.Website;

// Section "Website": the chat page, the widget and who may embed them.
public sealed class WebsiteOptions
{
    public const string SectionName = "Website";

    // Page and bubble title; empty: the clinic's name.
    public string? Title { get; set; }

    [RegularExpression("^#[0-9A-Fa-f]{6}$", ErrorMessage = "Website:AccentColor must look like #1A6E8E.")]
    public string AccentColor { get; set; } = "#1A6E8E";

    [StringLength(4, MinimumLength = 1)] public string BotAvatarInitials { get; set; } = "FAQ";

    [StringLength(4, MinimumLength = 1)] public string UserAvatarInitials { get; set; } = "You";

    // Origins (scheme://host[:port]) whose pages may embed the chat: CORS, WebSocket Origin check, frame-ancestors.
    // "*" allows any origin (for trials only).
    public List<string> AllowedOrigins { get; set; } = [];

    // Reverse proxies on other machines (IP addresses, or networks as 10.0.0.0/24) whose X-Forwarded-For/-Proto/-Host
    // are believed; proxies on loopback always are. Anyone else could forge a visitor's address.
    public List<string> TrustedProxies { get; set; } = [];

    // The clinic's own privacy statement and terms of use (absolute URLs); empty: FaqBot's generated /privacy and /terms.
    [Url(ErrorMessage = "Website:PrivacyUrl must be an absolute http(s) address.")] public string? PrivacyUrl { get; set; }

    [Url(ErrorMessage = "Website:TermsUrl must be an absolute http(s) address.")] public string? TermsUrl { get; set; }

    public string ResolveTitle(string clinicName) => string.IsNullOrWhiteSpace(Title) ? clinicName : Title;

    public bool IsAllowedOrigin(string origin) =>
        AllowedOrigins.Any(allowed => allowed == "*" || string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
}
