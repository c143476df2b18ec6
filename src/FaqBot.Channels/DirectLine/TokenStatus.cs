namespace FaqBot.Channels.DirectLine;

/// <summary>What validating a Direct Line token found.</summary>
public enum TokenStatus
{
    /// <summary>Ours, of the required scope, not expired.</summary>
    Valid,

    /// <summary>Not ours, malformed, or of another scope.</summary>
    Invalid,

    /// <summary>Ours and of the required scope, but past its expiry.</summary>
    Expired,
}
