using System.Security.Cryptography;
using System.Text;

namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>
/// The project's fixed split of a bank: SHA-256 of the UTF-8 id, first byte below 128 is the tune half, the rest the
/// test half. The second byte picks the cross-validation fold inside the tune half.
/// </summary>
public static class TriageSplit
{
    /// <summary>True when <paramref name="id"/> belongs to the tune half.</summary>
    public static bool IsTune(string id) => Hash(id)[0] < 128;

    /// <summary>The cross-validation fold (0 … <paramref name="folds"/> − 1) of a tune-half id.</summary>
    public static int Fold(string id, int folds) => Hash(id)[1] % folds;

    private static byte[] Hash(string id) => SHA256.HashData(Encoding.UTF8.GetBytes(id ?? throw new ArgumentNullException(nameof(id))));
}
