using FaqBot.Core.Indexing;
using FaqBot.Core.Search;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Indexing;

public sealed class PassageIndexSnapshotTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("faqbot-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static PassageIndex Build() => PassageIndex.Build(
        [
            Passages.Make("a", "Ketamine can cause nausea.", heading: "Side effects"),
            Passages.Make("b", "Each session lasts about forty minutes.") with { Url = "https://example.org/x" },
            Passages.Make("c", "A curated answer.") with { Questions = ["How long is a session?", "session length"] },
        ],
        SimpleAnalyzer.Create(),
        "fp-1");

    [Fact]
    public void TryReadSnapshot_AfterWrite_ReturnsEquivalentIndex()
    {
        var path = Path.Combine(_dir, "index.faqidx");
        var original = Build();
        original.WriteSnapshot(path);

        var ok = PassageIndex.TryReadSnapshot(path, "fp-1", out var read, out var reason);

        Assert.True(ok, reason);
        Assert.Equal(original.Passages, read!.Passages, (x, y) => x == y || (x.Id == y.Id && x.Text == y.Text && x.Url == y.Url && x.Questions.SequenceEqual(y.Questions)));
        var analyzer = SimpleAnalyzer.Create();
        var before = new Searcher(original, analyzer, new SearchOptions()).Search("session length");
        var after = new Searcher(read, analyzer, new SearchOptions()).Search("session length");
        Assert.Equal(before.Hits.Select(h => (h.Passage.Id, h.Score)), after.Hits.Select(h => (h.Passage.Id, h.Score)));
    }

    [Fact]
    public void TryReadSnapshot_OtherFingerprint_RefusesAsStale()
    {
        var path = Path.Combine(_dir, "index.faqidx");
        Build().WriteSnapshot(path);

        var ok = PassageIndex.TryReadSnapshot(path, "fp-2", out var read, out var reason);

        Assert.False(ok);
        Assert.Null(read);
        Assert.Contains("changed", reason);
    }

    [Fact]
    public void TryReadSnapshot_FlippedByte_RefusesAsDamaged()
    {
        var path = Path.Combine(_dir, "index.faqidx");
        Build().WriteSnapshot(path);
        var bytes = File.ReadAllBytes(path);
        bytes[^5] ^= 0xFF;
        File.WriteAllBytes(path, bytes);

        var ok = PassageIndex.TryReadSnapshot(path, "fp-1", out _, out var reason);

        Assert.False(ok);
        Assert.Contains("damaged", reason);
    }

    [Fact]
    public void TryReadSnapshot_OlderVersion_RefusesWithVersionReason()
    {
        var path = Path.Combine(_dir, "index.faqidx");
        Build().WriteSnapshot(path);
        var bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(PassageIndex.SnapshotVersion - 1).CopyTo(bytes, 8); // right after the 8-byte magic
        File.WriteAllBytes(path, bytes);

        var ok = PassageIndex.TryReadSnapshot(path, "fp-1", out _, out var reason);

        Assert.False(ok);
        Assert.Contains("version", reason);
    }

    [Fact]
    public void TryReadSnapshot_TruncatedOrGarbage_RefusesWithoutThrowing()
    {
        var path = Path.Combine(_dir, "index.faqidx");
        Build().WriteSnapshot(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var garbage = Path.Combine(_dir, "garbage.faqidx");
        File.WriteAllText(garbage, "hello");

        Assert.False(PassageIndex.TryReadSnapshot(path, "fp-1", out _, out _));
        Assert.False(PassageIndex.TryReadSnapshot(garbage, "fp-1", out _, out var reason));
        Assert.Contains("not an index snapshot", reason);
    }

    [Fact]
    public void WriteSnapshot_LeavesNoTemporaryFiles()
    {
        var path = Path.Combine(_dir, "index.faqidx");

        Build().WriteSnapshot(path);
        Build().WriteSnapshot(path);

        Assert.Equal(["index.faqidx"], Directory.GetFiles(_dir).Select(Path.GetFileName));
    }
}
