using System.Text;
using FaqBot.Core.KnowledgeBase;

namespace FaqBot.Tests.Core.KnowledgeBase;

public sealed class BadFileTests
{
    private const string Good = "Ketamine sessions last about an hour, and you rest afterwards until you feel steady.\n";

    [Fact]
    public void Load_MissingFolder_ThrowsNamingThePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "faqbot-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<KnowledgeBaseNotFoundException>(() => new KnowledgeBaseLoader().Load(missing));

        Assert.Contains(missing, error.Message);
        Assert.Equal(missing, error.Path);
    }

    [Fact]
    public void Load_BadFiles_WarnsPerFileAndLoadsTheRest()
    {
        using var kb = new TempKnowledgeBase()
            .Write("good.txt", Good)
            .Write("empty.txt", "")
            .WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00])
            .WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 au lait is not UTF-8 here.\n"))
            .Write("huge.md", new string('a', 2048));
        var loader = new KnowledgeBaseLoader(new KnowledgeBaseOptions { MaxFileBytes = 1024 });

        var content = loader.Load(kb.Root);

        Assert.Equal("good.txt", content.Documents.Single().SourceFile);
        var warnings = content.Warnings.ToDictionary(w => w.SourceFile, w => w.Message);
        Assert.Equal(["binary.txt", "empty.txt", "huge.md", "latin1.txt"], warnings.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("binary", warnings["binary.txt"]);
        Assert.Contains("empty", warnings["empty.txt"]);
        Assert.Contains("MaxFileBytes", warnings["huge.md"]);
        Assert.Contains("UTF-8", warnings["latin1.txt"]);
    }

    [Fact]
    public void Load_Utf16WithBom_IsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Good)).ToArray();
        using var kb = new TempKnowledgeBase().WriteBytes("utf16.txt", bytes);

        var content = new KnowledgeBaseLoader().Load(kb.Root);

        Assert.Empty(content.Warnings);
        Assert.Equal(Good.TrimEnd('\n'), content.Documents.Single().Passages.Single().Text);
    }

    [Fact]
    public void Load_Utf8Bom_IsNotPartOfTheText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Good)).ToArray();
        using var kb = new TempKnowledgeBase().WriteBytes("bom.txt", bytes);

        var passage = new KnowledgeBaseLoader().Load(kb.Root).Documents.Single().Passages.Single();

        Assert.Equal(Good.TrimEnd('\n'), passage.Text);
    }

    [Fact]
    public void Load_HiddenOtherAndReservedFiles_AreNotDocuments()
    {
        using var kb = new TempKnowledgeBase()
            .Write("good.txt", Good)
            .Write(".hidden.txt", Good)
            .Write(".git/notes.md", Good)
            .Write("synonyms.txt", "spaced out => dissociation\n")
            .Write("image.png", "not text");

        var content = new KnowledgeBaseLoader().Load(kb.Root);

        Assert.Equal(["good.txt"], content.Documents.Select(d => d.SourceFile));
        Assert.Empty(content.Warnings);
    }

    [Fact]
    public void Load_WithProgress_ReportsEachFileInOrder()
    {
        using var kb = new TempKnowledgeBase().Write("b.txt", Good).Write("a.md", Good).Write("c/d.html", "<p>Hello there, this is a page.</p>");
        var reports = new List<IngestProgress>();

        new KnowledgeBaseLoader().Load(kb.Root, new SynchronousProgress(reports.Add));

        Assert.Equal([(1, 3, "a.md"), (2, 3, "b.txt"), (3, 3, "c/d.html")], reports.Select(r => (r.FileIndex, r.FileCount, r.SourceFile)));
    }

    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
