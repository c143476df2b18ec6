namespace FaqBot.Server.DirectLine;

public readonly record struct BodyReadResult(byte[] Bytes, IResult? Error);
