using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace FaqBot.Bot.Connector;

/// <summary>
/// The signed JWT an Entra app presents instead of a secret (certificate credentials): header names the
/// certificate by x5t, claims aud = token endpoint, iss = sub = app id, short lifetime.
/// </summary>
public static class ClientAssertion
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Builds and signs (RS256) a client assertion for <paramref name="tokenEndpoint"/>.</summary>
    /// <exception cref="ArgumentException">The certificate has no RSA private key.</exception>
    public static string Create(X509Certificate2 certificate, string appId, Uri tokenEndpoint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentNullException.ThrowIfNull(tokenEndpoint);
        using var rsa = certificate.GetRSAPrivateKey() ?? throw new ArgumentException("The certificate has no RSA private key.", nameof(certificate));

        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["alg"] = "RS256",
            ["typ"] = "JWT",
            ["x5t"] = Base64Url.EncodeToString(certificate.GetCertHash(HashAlgorithmName.SHA1)),
        });
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["aud"] = tokenEndpoint.AbsoluteUri,
            ["iss"] = appId,
            ["sub"] = appId,
            ["jti"] = Guid.NewGuid().ToString("D"),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
        });

        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }
}
