namespace FaqBot.Server.DirectLine;

public sealed record ErrorDetail(string Code, string Message);
