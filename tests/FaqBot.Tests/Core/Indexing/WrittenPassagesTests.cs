using FaqBot.Core.Indexing;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Semantics;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Indexing;

// An index just written takes its passages and vectors from the writer's lists instead of reading them back. The
// oracle is the same index opened again from disk, which reads every stored field: both must hold the same passages
// and the same vectors under the same document numbers, whatever the passages.
public sealed class WrittenPassagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("faqbot-written-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Sets => ["seed", "awkward", "unpaired surrogate", "copies"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Open_JustWritten_HoldsWhatReadingTheIndexBackGives(string set)
    {
        var passages = Passages(set);
        var encoder = new MadeUpEncoder();
        using var store = IndexStore.OpenFolder(_folder);

        using var written = KeywordIndex.Open(store, "fp", false, () => passages, null, out var rebuilt, encoder);
        using var reread = KeywordIndex.Open(store, "fp", false, () => throw new InvalidOperationException("must not ingest"), null, out var rebuiltAgain, encoder);

        Assert.True(rebuilt);
        Assert.False(rebuiltAgain);
        Assert.Equal(reread.Passages.Select(Describe), written.Passages.Select(Describe));
        Assert.Equal(reread.Vectors.Count, written.Vectors.Count);
        for (var doc = 0; doc < reread.Vectors.Count; doc++)
        {
            Assert.Equal(reread.Vectors[doc], written.Vectors[doc]);
        }
    }

    [Fact]
    public void TryTake_PassagesNotInTheIndexsOrder_ReadsThemBackInstead()
    {
        var seed = Passages("seed");
        using var index = KeywordIndex.Build(seed, "fp");
        var reader = index.Searcher.IndexReader;

        Assert.True(new WrittenPassages(seed, null).TryTake(reader, out var taken, out _));
        Assert.Equal(seed.Select(p => p.Id), taken.Select(p => p.Id));
        Assert.False(new WrittenPassages([.. Enumerable.Reverse(seed)], null).TryTake(reader, out _, out _));
        Assert.False(new WrittenPassages([.. seed.Skip(1)], null).TryTake(reader, out _, out _));
        Assert.False(new WrittenPassages([.. seed.Select((p, i) => i == 3 ? p with { Id = "other" } : p)], null).TryTake(reader, out _, out _));
    }

    private static List<Passage> Passages(string set)
    {
        var seed = new KnowledgeBaseLoader().Load(Repo.KnowledgeBase).AllPassages.ToList();
        return set switch
        {
            "seed" => seed,
            "awkward" =>
            [
                new("a-1", "", "", "a.md", 1, 1, "") { Questions = ["", "what is it for"] },
                new("a-2", "Handout", null, "h.pdf", 3, 9, "Page two.") { Page = 2 }, // no last page: stored as 2-2
                new("a-3", "Handout", "Cost", "h.pdf", 1, 2, "Pages.") { LastPage = 4 }, // a last page alone is not stored
                new("a-4", "Emoji 😀", "Ünïcode", "e.html", 1, 2, "café 😀 naïve") { Url = "https://example.org/e" },
                new("a-2", "Same id twice", null, "d.md", 5, 6, "A passage whose id another one has."),
            ],
            "unpaired surrogate" => [seed[0], seed[1] with { Text = seed[1].Text + " \ud800 end" }, seed[2]],
            _ => [.. Enumerable.Range(0, 1_200).Select(i => seed[i % seed.Count] with { Id = $"copy-{i}" })],
        };
    }

    private static string Describe(Passage p) => p with { Questions = [] } + " questions: " + string.Join(" | ", p.Questions);

    // Vectors made from the text, one per text, so each passage's are its own; no model needed.
    private sealed class MadeUpEncoder : ISentenceEncoder
    {
        public int Dimensions => 4;

        public string ModelId => "made-up";

        public int MaxTokens => 512;

        public float[] EncodeQuery(string text) => Vector(text);

        public float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(Vector)];

        private static float[] Vector(string text) => [text.Length, text.Length % 7, text.Count(char.IsWhiteSpace), 1];
    }
}
