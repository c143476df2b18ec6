namespace FaqBot.Server.Website;

// What the chat page and the widget need to know, embedded into them as JSON.
public sealed record WebsiteClientConfig(string Title, string AccentColor, string BotAvatarInitials, string UserAvatarInitials);
