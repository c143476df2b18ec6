using FaqBot.Core.Analysis;
using FaqBot.Core.Answering;
using FaqBot.Core.KnowledgeBase;
using FaqBot.Tests.TestSupport;

namespace FaqBot.Tests.Core.Answering;

public sealed class FaqEngineTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("faqbot-engine-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Kb => Path.Combine(_root, "kb");

    private FaqEngineSettings Settings() => new()
    {
        BaseDirectory = _root,
        KnowledgeBase = new KnowledgeBaseOptions { Path = "kb" },
        Index = new() { Path = "data/index" },
    };

    private void WriteKb()
    {
        Directory.CreateDirectory(Kb);
        File.WriteAllText(Path.Combine(Kb, "howell.txt"),
            "Sessions in Howell\n\nMorning infusion sessions in Howell are offered on weekdays for adult patients.\n");
        File.WriteAllText(Path.Combine(Kb, "newark.txt"),
            "Sessions in Newark\n\nEvening infusion sessions at Newark include calm talk with nurses.\n");
    }

    [Fact]
    public void Open_Twice_SecondReadsTheSavedIndex()
    {
        WriteKb();

        using var first = FaqEngine.Open(Settings());
        using var second = FaqEngine.Open(Settings());

        Assert.False(first.FromSnapshot);
        Assert.True(second.FromSnapshot);
        Assert.Equal(first.Searcher.Index.Passages.Count, second.Searcher.Index.Passages.Count);
    }

    [Fact]
    public void Open_AfterKnowledgeBaseChange_RebuildsWithoutWarning()
    {
        WriteKb();
        FaqEngine.Open(Settings()).Dispose();
        File.AppendAllText(Path.Combine(Kb, "newark.txt"), "\nParking is free behind the Newark building for all patients.\n");
        var warnings = new List<string>();

        using var engine = FaqEngine.Open(Settings(), warn: warnings.Add);

        Assert.False(engine.FromSnapshot);
        Assert.Contains(engine.Searcher.Index.Passages, p => p.Text.Contains("Parking is free", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("changed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("flip")]
    [InlineData("garbage")]
    public void Open_DamagedIndexFolder_RebuildsAndWarns(string damage)
    {
        WriteKb();
        FaqEngine.Open(Settings()).Dispose();
        var folder = Path.Combine(_root, "data", "index");
        foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, damage switch
            {
                "truncate" => bytes[..(bytes.Length / 2)],
                "flip" => [.. bytes.Select((b, i) => i == bytes.Length - 3 ? (byte)(b ^ 0x55) : b)],
                _ => "not a lucene file"u8.ToArray(),
            });
        }

        var warnings = new List<string>();

        using var engine = FaqEngine.Open(Settings(), warn: warnings.Add);

        Assert.False(engine.FromSnapshot);
        Assert.Contains(warnings, w => w.Contains("damaged", StringComparison.Ordinal));
        Assert.Equal(AnswerKind.Answer, engine.Ask("evening sessions in newark").Kind);
        using var again = FaqEngine.Open(Settings());
        Assert.True(again.FromSnapshot); // and wrote a good one again
    }

    [Fact]
    public void Open_ForeignLuceneIndex_IsReplacedNotRead()
    {
        WriteKb();
        var folder = Path.Combine(_root, "data", "index");
        using (var directory = Lucene.Net.Store.FSDirectory.Open(folder))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
            Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument([new Lucene.Net.Documents.TextField("content", "someone else's index", Lucene.Net.Documents.Field.Store.YES)]);
            writer.Commit();
        }

        var warnings = new List<string>();
        using var engine = FaqEngine.Open(Settings(), warn: warnings.Add);

        Assert.False(engine.FromSnapshot);
        Assert.Contains(warnings, w => w.Contains("another program", StringComparison.Ordinal));
        Assert.Equal(2, engine.Searcher.Index.Passages.Count);
    }

    [Fact]
    public void Open_IndexOfAnEarlierFormat_IsRebuiltOnceSayingWhy()
    {
        WriteKb();
        FaqEngine.Open(Settings()).Dispose();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(_root, "data", "index")))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
            Lucene.Net.Util.LuceneVersion.LUCENE_48, EnglishAnalyzers.CreateTerms()) { OpenMode = Lucene.Net.Index.OpenMode.APPEND }))
        {
            var data = new Dictionary<string, string>(writer.CommitData) { [FaqBot.Core.Indexing.IndexStore.FormatKey] = "faqbot-lucene-2" };
            writer.SetCommitData(data);
            writer.Commit();
        }

        var warnings = new List<string>();
        using (var engine = FaqEngine.Open(Settings(), warn: warnings.Add))
        {
            Assert.False(engine.FromSnapshot);
            Assert.Contains(warnings, w => w.Contains("index format faqbot-lucene-2, not faqbot-lucene-3", StringComparison.Ordinal));
            Assert.Equal(AnswerKind.Answer, engine.Ask("evening sessions in newark").Kind);
        }

        using var again = FaqEngine.Open(Settings());
        Assert.True(again.FromSnapshot);
    }

    [Fact]
    public void Open_SavedIndex_OpensWithPlainLuceneAndPassesCheckIndex()
    {
        WriteKb();
        FaqEngine.Open(Settings()).Dispose();

        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(_root, "data", "index"));
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var status = new Lucene.Net.Index.CheckIndex(directory).DoCheckIndex();

        Assert.True(status.Clean);
        Assert.Equal(2, reader.NumDocs);
        Assert.Contains("Howell", reader.Document(0).Get("body") + reader.Document(1).Get("body"), StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_SharedStore_OldEngineAnswersUntilDisposed()
    {
        WriteKb();
        using var store = FaqBot.Core.Indexing.IndexStore.OpenFolder(Path.Combine(_root, "data", "index"));
        var before = FaqEngine.Open(Settings(), store: store);
        File.AppendAllText(Path.Combine(Kb, "newark.txt"), "\nParking is free behind the Newark building for all patients.\n");

        using var after = FaqEngine.Open(Settings(), store: store);

        Assert.False(after.FromSnapshot);
        Assert.Equal(AnswerKind.Answer, before.AskUncached("evening sessions in newark").Kind); // the old commit still reads
        Assert.Contains(after.Searcher.Index.Passages, p => p.Text.Contains("Parking is free", StringComparison.Ordinal));
        before.Dispose();
        Assert.Throws<ObjectDisposedException>(() => before.AskUncached("evening sessions in newark"));
    }

    [Fact]
    public void Open_MissingFolder_ThrowsNamingThePath()
    {
        var ex = Assert.Throws<KnowledgeBaseNotFoundException>(() => FaqEngine.Open(Settings()));

        Assert.Contains(Kb, ex.Message);
    }

    [Fact]
    public void Open_MalformedSynonymsLine_ThrowsNamingFileAndLine()
    {
        WriteKb();
        File.WriteAllText(Path.Combine(Kb, "synonyms.txt"), "# comment\nfast, quick\n=> rapid\n");

        var ex = Assert.Throws<SynonymFormatException>(() => FaqEngine.Open(Settings()));

        Assert.Contains("synonyms.txt", ex.Message);
        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void Ask_TwoSectionsFitEqually_AsksWhichOneWasMeant()
    {
        WriteKb();
        using var engine = FaqEngine.Open(Settings());

        var (answer, _) = engine.Answerer.AnswerRegardless("infusion sessions");

        Assert.Equal(AnswerKind.Clarify, answer.Kind);
        Assert.Equal(2, answer.Quotes.Count);
        Assert.NotEqual(answer.Quotes[0].SourceFile, answer.Quotes[1].SourceFile);
        Assert.Contains("Did you mean", answer.Lead);
    }

    [Fact]
    public void Ask_OneSectionClearlyBetter_AnswersWithoutClarifying()
    {
        WriteKb();
        using var engine = FaqEngine.Open(Settings());

        var answer = engine.Ask("evening sessions in newark");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("newark.txt", answer.Quotes[0].SourceFile);
    }

    [Fact]
    public void Open_BadFilesInKnowledgeBase_SkipsThemWithWarningsAndStillAnswers()
    {
        WriteKb();
        File.WriteAllBytes(Path.Combine(Kb, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(Kb, "binary.txt"), [0, 1, 2, 0, 255, 0, 7]);
        File.WriteAllBytes(Path.Combine(Kb, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x77]);
        var warnings = new List<string>();

        using var engine = FaqEngine.Open(Settings(), warn: warnings.Add);

        Assert.Contains(warnings, w => w.StartsWith("empty.txt", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("binary.txt", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("latin1.txt", StringComparison.Ordinal));
        Assert.Equal(AnswerKind.Answer, engine.Ask("evening sessions in newark").Kind);
    }
}
