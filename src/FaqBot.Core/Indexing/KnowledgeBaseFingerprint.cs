using System.Security.Cryptography;
using System.Text;

namespace FaqBot.Core.Indexing;

/// <summary>
/// A hash of everything an index is built from: every file of the knowledge-base folder (path and bytes),
/// the snapshot format and the analysis version. Any change means the snapshot is stale.
/// </summary>
public static class KnowledgeBaseFingerprint
{
    // Bump when analysis or ingestion changes what an index contains, so old snapshots are rebuilt.
    internal const string EngineVersion = "faqbot-index-3"; // 3: PDF and Word documents, passages with pages

    /// <summary>Computes the fingerprint of <paramref name="directory"/> plus the given settings.</summary>
    public static string Compute(string directory, string settings)
    {
        ArgumentNullException.ThrowIfNull(directory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(EngineVersion + "\n" + IndexStore.FormatVersion + "\n" + settings + "\n"));
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.'))) // hidden files are not content
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        var buffer = new byte[81920];
        foreach (var (full, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            try
            {
                using var stream = File.OpenRead(full);
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }
            catch (IOException)
            {
                hash.AppendData("unreadable"u8); // the loader will warn about it; the fingerprint just has to be stable
            }
            catch (UnauthorizedAccessException)
            {
                hash.AppendData("unreadable"u8);
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
