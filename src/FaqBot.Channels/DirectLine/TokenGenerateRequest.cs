namespace FaqBot.Channels.DirectLine;

/// <summary>The optional body of POST tokens/generate.</summary>
/// <param name="User">The user a server-to-server caller names (honoured only with the secret).</param>
public sealed record TokenGenerateRequest(TokenGenerateUser? User);
