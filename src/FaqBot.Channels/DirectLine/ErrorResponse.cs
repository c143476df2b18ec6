namespace FaqBot.Channels.DirectLine;

/// <summary>Direct Line error body: <c>{"error":{"code","message"}}</c>; messages never say more than needed.</summary>
/// <param name="Error">The code and message.</param>
public sealed record ErrorResponse(ErrorDetail Error);
