namespace FaqBot.Server.DirectLine;

// JWT claims: iss, conv, user (dl_…, Web Chat reads it as its userID), scope, iat, exp, and jti on stream tokens.
public sealed record TokenPayload(string Iss, string Conv, string User, string Scope, long Iat, long Exp, string? Jti = null);
