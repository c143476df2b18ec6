namespace FaqBot.Tests.Core.KnowledgeBase;

internal sealed class TempKnowledgeBase : IDisposable
{
    public TempKnowledgeBase()
    {
        Directory.CreateDirectory(Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "faqbot-kb-" + Guid.NewGuid().ToString("N"));

    public TempKnowledgeBase Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempKnowledgeBase WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public TempKnowledgeBase CopySeeds()
    {
        foreach (var file in Directory.GetFiles(KnowledgeBasePaths.Seeds))
        {
            File.Copy(file, Path.Combine(Root, Path.GetFileName(file)));
        }

        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
