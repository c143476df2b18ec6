using Microsoft.IdentityModel.Tokens;

namespace FaqBot.Channels.BotFramework.Authentication;

/// <summary>
/// A short reason for the log from IdentityModel's validation exception. Fixed wording, never the exception's message:
/// that can quote parts of the token.
/// </summary>
internal static class TokenFailureReasons
{
    public static string For(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidLifetimeException => "token lifetime invalid",
        SecurityTokenInvalidIssuerException => "issuer not trusted",
        SecurityTokenInvalidAudienceException => "audience is not this bot",
        SecurityTokenSignatureKeyNotFoundException => "signing key unknown",
        SecurityTokenInvalidAlgorithmException => "token algorithm not allowed",
        SecurityTokenInvalidSignatureException => "signature invalid",
        SecurityTokenMalformedException or ArgumentException => "malformed token",

        // IDX20803: the OpenID metadata or key set could not be fetched and no earlier keys are cached.
        InvalidOperationException => "channel signing keys could not be fetched",
        null => "token rejected",
        _ => "token rejected (" + exception.GetType().Name + ")",
    };
}
