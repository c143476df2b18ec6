using System.Security.Cryptography;
using System.Text;

namespace FaqBot.Core.Evaluation;

/// <summary>
/// The fixed tune/test rule of the question banks (tests/data/README.md): SHA-256 of the id's UTF-8 bytes,
/// first byte below 128 is the tune half, else the test half. Fit and tune only on the tune half.
/// </summary>
public static class BankSplit
{
    /// <summary>True when the item with <paramref name="id"/> belongs to the tune half.</summary>
    public static bool IsTune(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return hash[0] < 128;
    }

    /// <summary>"tune" or "test".</summary>
    public static string HalfOf(string id) => IsTune(id) ? "tune" : "test";
}
