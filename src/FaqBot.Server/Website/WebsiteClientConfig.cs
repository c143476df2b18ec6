namespace FaqBot.Server.Website;

// What the chat page and the widget need to know, embedded into them as JSON.
// MaxTextLength and MaxBodyBytes let the page refuse, visibly and keeping the text, a message Direct Line would refuse.
public sealed record WebsiteClientConfig(
    string Title, string AccentColor, string BotAvatarInitials, string UserAvatarInitials, int MaxTextLength = 0, int MaxBodyBytes = 0,
    string EmergencyNote = "");
