namespace FaqBot.Server.DirectLine;

// Who is calling: the server-to-server secret, or a token bound to one conversation.
public sealed record DirectLineCaller(bool IsSecret, TokenClaims? Claims, string? Token)
{
    public bool MayAccess(string conversationId) =>
        IsSecret || string.Equals(Claims?.ConversationId, conversationId, StringComparison.Ordinal);
}
