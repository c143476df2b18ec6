namespace FaqBot.Server.DirectLine;

// What a Direct Line token grants: one conversation, one user, one scope, until ExpiresAt.
public sealed record TokenClaims(string ConversationId, string UserId, string Scope, DateTimeOffset ExpiresAt)
{
    public const string ConversationScope = "dl";
    public const string StreamScope = "stream";
}
