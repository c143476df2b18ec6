namespace FaqBot.Server.Answering;

// A cheap signature of a folder's files (paths, sizes, write times): enough to notice that something changed.
// Whether the index really must change is decided by the engine's content fingerprint.
public static class KnowledgeBaseSignature
{
    public static string Compute(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        var hash = new HashCode();
        try
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                hash.Add(file.FullName, StringComparer.Ordinal);
                hash.Add(file.Length);
                hash.Add(file.LastWriteTimeUtc.Ticks);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable"; // a file vanished mid-listing; the next tick sees the settled folder
        }

        return hash.ToHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
