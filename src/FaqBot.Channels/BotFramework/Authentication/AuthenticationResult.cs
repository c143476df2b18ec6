using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>The outcome of checking a channel request: an identity, or a reason fit for logs (never the token).</summary>
public sealed record AuthenticationResult
{
    private AuthenticationResult(ClaimsIdentity? identity, string? failureReason)
    {
        Identity = identity;
        FailureReason = failureReason;
    }

    /// <summary>The validated caller; anonymous (unauthenticated identity) when authentication is disabled.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>Why the request was rejected, or null on success.</summary>
    public string? FailureReason { get; }

    /// <summary>True when the request may be processed.</summary>
    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Identity is not null;

    /// <summary>A successful result for <paramref name="identity"/>.</summary>
    public static AuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);

    /// <summary>A rejection with a reason for the logs.</summary>
    public static AuthenticationResult Fail(string reason) => new(null, reason);
}
