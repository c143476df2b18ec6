namespace FaqBot.Channels.DirectLine;

/// <summary>The error inside a Direct Line error body.</summary>
/// <param name="Code">The Direct Line error code ("BadArgument", "TokenExpired"…), which clients switch on.</param>
/// <param name="Message">A short message that says no more than needed.</param>
public sealed record ErrorDetail(string Code, string Message);
