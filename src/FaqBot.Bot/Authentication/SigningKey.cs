using System.Security.Cryptography;

namespace FaqBot.Bot.Authentication;

/// <summary>One RSA public key from the channel's key set, parsed once and reused for every token.</summary>
/// <param name="KeyId">The JWK kid.</param>
/// <param name="Rsa">The imported public key.</param>
/// <param name="Endorsements">Channel ids the key is endorsed for, or null when the JWK has no endorsements entry.</param>
public sealed record SigningKey(string KeyId, RSA Rsa, IReadOnlySet<string>? Endorsements);
