namespace FaqBot.Channels.DirectLine;

/// <summary>The host's rate limits the protocol applies; each returns null when allowed, else the time to wait.</summary>
public interface IDirectLineRateLimits
{
    /// <summary>A token request without credentials, counted per client (<paramref name="clientKey"/>).</summary>
    TimeSpan? TryAcquireToken(string clientKey);

    /// <summary>A posted activity, counted per conversation (after authentication).</summary>
    TimeSpan? TryAcquireMessage(string conversationId);

    /// <summary>A new conversation, counted for the whole server.</summary>
    TimeSpan? TryAcquireNewConversation();
}
