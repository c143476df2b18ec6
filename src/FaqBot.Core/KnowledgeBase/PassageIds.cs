using System.Security.Cryptography;
using System.Text;

namespace FaqBot.Core.KnowledgeBase;

/// <summary>Stable passage ids: they depend only on the passage's own file and text.</summary>
internal static class PassageIds
{
    /// <summary>First 12 hex characters of <c>SHA-256(sourceFile + "\n" + text)</c>.</summary>
    public static string For(string sourceFile, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sourceFile + "\n" + text));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
