namespace FaqBot.Server.DirectLine;

public sealed record TokenGenerateUser(string? Id, string? Name);
