namespace FaqBot.Server.DirectLine;

// Direct Line error body: {"error":{"code","message"}}; messages never say more than needed.
public sealed record ErrorResponse(ErrorDetail Error);
