namespace FaqBot.Channels.DirectLine;

/// <summary>
/// What a Direct Line token grants: one conversation, one user, one scope, until ExpiresAt. TokenId (jti), when set,
/// makes the token unique: stream URLs carry one, since each may be used only once.
/// </summary>
/// <param name="ConversationId">The one conversation the token may touch.</param>
/// <param name="UserId">The dl_ user the server names as the sender.</param>
/// <param name="Scope"><see cref="ConversationScope"/> or <see cref="StreamScope"/>.</param>
/// <param name="ExpiresAt">When the token stops being valid, on the server's clock.</param>
/// <param name="TokenId">The jti of a single-use stream token, else null.</param>
public sealed record TokenClaims(string ConversationId, string UserId, string Scope, DateTimeOffset ExpiresAt, string? TokenId = null)
{
    /// <summary>The scope of conversation tokens (Authorization header).</summary>
    public const string ConversationScope = "dl";

    /// <summary>The scope of the tokens in stream URLs.</summary>
    public const string StreamScope = "stream";
}
