namespace FaqBot.Server.Website;

// What the chat page and the widget need to know, embedded into them as JSON. AllowedOrigins lets the widget say
// plainly, on a site that is not listed, why the chat cannot open there (the frame-ancestors header lists them anyway).
// MaxTextLength and MaxBodyBytes let the page refuse, visibly and keeping the text, a message Direct Line would refuse.
public sealed record WebsiteClientConfig(
    string Title, string AccentColor, string BotAvatarInitials, string UserAvatarInitials, string HelpfulTitle, string NotHelpfulTitle,
    IReadOnlyList<string> AllowedOrigins, int MaxTextLength = 0, int MaxBodyBytes = 0, string EmergencyNote = "");
