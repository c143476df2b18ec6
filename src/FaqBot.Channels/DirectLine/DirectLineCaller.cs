namespace FaqBot.Channels.DirectLine;

/// <summary>Who is calling: the server-to-server secret, or a token bound to one conversation.</summary>
/// <param name="IsSecret">True for the secret, which may use any conversation.</param>
/// <param name="Claims">The token's claims, or null for the secret.</param>
/// <param name="Token">The token as presented, or null for the secret.</param>
public sealed record DirectLineCaller(bool IsSecret, TokenClaims? Claims, string? Token)
{
    /// <summary>True when the caller may use <paramref name="conversationId"/>.</summary>
    public bool MayAccess(string conversationId) =>
        IsSecret || string.Equals(Claims?.ConversationId, conversationId, StringComparison.Ordinal);
}
