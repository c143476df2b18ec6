namespace FaqBot.Server.DirectLine;

public sealed record TokenGenerateRequest(TokenGenerateUser? User);
