using System.Net.WebSockets;

namespace FaqBot.LoadTest;

// The do-nothing server's conversation: a counter and the socket, nothing stored.
internal sealed class NullConversation(string id)
{
    public string Id { get; } = id;

    public SemaphoreSlim SendLock { get; } = new(1, 1);

    public long Seq;

    public WebSocket? Socket { get; set; }
}
