namespace FaqBot.Server.DirectLine;

// What a Direct Line token grants: one conversation, one user, one scope, until ExpiresAt. TokenId (jti), when set,
// makes the token unique: stream URLs carry one, since each may be used only once.
public sealed record TokenClaims(string ConversationId, string UserId, string Scope, DateTimeOffset ExpiresAt, string? TokenId = null)
{
    public const string ConversationScope = "dl";
    public const string StreamScope = "stream";
}
