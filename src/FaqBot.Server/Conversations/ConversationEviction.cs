using FaqBot.Channels.DirectLine;

namespace FaqBot.Server.Conversations;

// When DirectLine:MaxConversations is reached, the least recently active idle conversations make room for new ones.
public static class ConversationEviction
{
    // A conversation younger than its stream URL's lifetime may be about to open its stream: never evicted.
    public static TimeSpan Grace(DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TimeSpan.FromSeconds(Math.Max(60, options.StreamUrlLifetimeSeconds));
    }

    // One eviction makes room for a few (1 % of the bound, 1 to 256), so a full server does not evict on every start.
    public static int BatchSize(DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Clamp(options.MaxConversations / 100, 1, 256);
    }
}
