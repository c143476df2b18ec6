namespace FaqBot.Channels.DirectLine;

/// <summary>The user named in a token request.</summary>
/// <param name="Id">A dl_ user id.</param>
/// <param name="Name">A display name (not used for the token).</param>
public sealed record TokenGenerateUser(string? Id, string? Name);
