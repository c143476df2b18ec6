using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace FaqBot.Bot.Authentication;

/// <summary>A compact JWS split into its parts; nothing here is trusted until the signature is verified.</summary>
internal sealed class JsonWebToken : IDisposable
{
    private JsonWebToken(JsonDocument header, JsonDocument payload, byte[] signedBytes, byte[] signature)
    {
        Header = header.RootElement;
        Payload = payload.RootElement;
        HeaderDocument = header;
        PayloadDocument = payload;
        SignedBytes = signedBytes;
        Signature = signature;
    }

    public JsonElement Header { get; }

    public JsonElement Payload { get; }

    public byte[] SignedBytes { get; }

    public byte[] Signature { get; }

    private JsonDocument HeaderDocument { get; }

    private JsonDocument PayloadDocument { get; }

    /// <summary>Splits and decodes a compact token; false for anything that is not header.payload.signature JSON.</summary>
    public static bool TryParse(string token, [NotNullWhen(true)] out JsonWebToken? jwt)
    {
        jwt = null;
        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || token.IndexOf('.', second + 1) >= 0)
        {
            return false;
        }

        JsonDocument? header = null;
        JsonDocument? payload = null;
        try
        {
            var span = token.AsSpan();
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(span[..first]));
            payload = JsonDocument.Parse(Base64Url.DecodeFromChars(span[(first + 1)..second]));
            var signature = Base64Url.DecodeFromChars(span[(second + 1)..]);
            if (header.RootElement.ValueKind != JsonValueKind.Object || payload.RootElement.ValueKind != JsonValueKind.Object)
            {
                payload.Dispose();
                header.Dispose();
                return false;
            }

            jwt = new JsonWebToken(header, payload, Encoding.ASCII.GetBytes(token, 0, second), signature);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            payload?.Dispose();
            header?.Dispose();
            return false;
        }
    }

    public string? GetHeaderString(string name) => GetString(Header, name);

    public string? GetClaim(string name) => GetString(Payload, name);

    /// <summary>A NumericDate claim (seconds since the epoch) as a time, or null when absent or not a number.</summary>
    public DateTimeOffset? GetTime(string name)
    {
        if (!Payload.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds))
        {
            return null;
        }

        return seconds is > -62135596800 and < 253402300799
            ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
            : null;
    }

    /// <summary>True when the aud claim (a string or an array of strings) contains <paramref name="audience"/>.</summary>
    public bool HasAudience(string audience)
    {
        if (!Payload.TryGetProperty("aud", out var aud))
        {
            return false;
        }

        if (aud.ValueKind == JsonValueKind.String)
        {
            return string.Equals(aud.GetString(), audience, StringComparison.Ordinal);
        }

        return aud.ValueKind == JsonValueKind.Array
            && aud.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && string.Equals(item.GetString(), audience, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        HeaderDocument.Dispose();
        PayloadDocument.Dispose();
    }

    private static string? GetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
