namespace FaqBot.Server.DirectLine;

public enum TokenStatus
{
    Valid,
    Invalid,
    Expired,
}
