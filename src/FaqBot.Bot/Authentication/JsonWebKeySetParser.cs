using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace FaqBot.Bot.Authentication;

/// <summary>Reads OpenID metadata and JWKS documents into <see cref="SigningKey"/> objects.</summary>
internal static class JsonWebKeySetParser
{
    /// <summary>The jwks_uri of an OpenID metadata document.</summary>
    public static string ReadJwksUri(ReadOnlySpan<byte> metadataJson)
    {
        using var document = JsonDocument.Parse(metadataJson.ToArray());
        if (document.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String)
        {
            return uri.GetString()!;
        }

        throw new FormatException("OpenID metadata has no jwks_uri.");
    }

    /// <summary>The RSA keys of a JWKS document, by kid; keys of other types are skipped.</summary>
    public static Dictionary<string, SigningKey> ReadKeys(ReadOnlySpan<byte> jwksJson)
    {
        using var document = JsonDocument.Parse(jwksJson.ToArray());
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("JWKS has no keys array.");
        }

        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var jwk in keys.EnumerateArray())
        {
            var kid = GetString(jwk, "kid");
            if (kid is null || GetString(jwk, "kty") is not "RSA")
            {
                continue;
            }

            var rsa = ImportRsa(jwk);
            if (rsa is not null)
            {
                result[kid] = new SigningKey(kid, rsa, ReadEndorsements(jwk));
            }
        }

        if (result.Count == 0)
        {
            throw new FormatException("JWKS has no usable RSA keys.");
        }

        return result;
    }

    private static RSA? ImportRsa(JsonElement jwk)
    {
        var n = GetString(jwk, "n");
        var e = GetString(jwk, "e");
        if (n is not null && e is not null)
        {
            var rsa = RSA.Create();
            rsa.ImportParameters(new RSAParameters { Modulus = Base64Url.DecodeFromChars(n), Exponent = Base64Url.DecodeFromChars(e) });
            return rsa;
        }

        // Some key sets only carry the certificate chain; its first entry holds the key.
        if (jwk.TryGetProperty("x5c", out var chain) && chain.ValueKind == JsonValueKind.Array && chain.GetArrayLength() > 0)
        {
            using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(chain[0].GetString()!));
            return certificate.GetRSAPublicKey();
        }

        return null;
    }

    private static HashSet<string>? ReadEndorsements(JsonElement jwk)
    {
        if (!jwk.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in endorsements.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                set.Add(item.GetString()!);
            }
        }

        return set;
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
