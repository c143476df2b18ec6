using FaqBot.Core.Analysis;
using FaqBot.Core.KnowledgeBase;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Store;

namespace FaqBot.Core.Indexing;

public sealed partial class KeywordIndex
{
    /// <summary>
    /// Opens the commit of <paramref name="store"/> when it was built from <paramref name="fingerprint"/>; otherwise
    /// ingests (<paramref name="ingest"/>), writes a new commit beside the live one and opens that. A damaged,
    /// foreign or outdated index is rebuilt, never misread. When another process holds the write lock, the index is
    /// built in memory for this process instead, with a warning.
    /// </summary>
    public static KeywordIndex Open(
        IndexStore store, string fingerprint, bool forceRebuild, Func<IReadOnlyList<Passage>> ingest, Action<string>? warn, out bool rebuilt)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ingest);
        var data = store.ReadCommitData(out var reason);
        if (!forceRebuild && data is not null && data.TryGetValue(IndexStore.FingerprintKey, out var current) && current == fingerprint)
        {
            rebuilt = false;
            return new KeywordIndex(store, false, store.Acquire(), data);
        }

        if (data is not null)
        {
            reason = forceRebuild ? "asked to" : "the knowledge base changed";
        }

        if (store.Folder is not null && reason != "no index yet" && !forceRebuild)
        {
            warn?.Invoke($"Rebuilding the index: {reason}.");
        }

        rebuilt = true;
        var passages = ingest();
        try
        {
            return Write(store, false, passages, fingerprint);
        }
        catch (LockObtainFailedException)
        {
            warn?.Invoke($"The index folder {store.Folder} is locked by another process (or by a stale write.lock left by a crash); " +
                "this process keeps its index in memory.");
            return Build(passages, fingerprint);
        }
    }

    /// <summary>Builds an in-memory index of <paramref name="passages"/> (benchmarks, tests, a locked folder).</summary>
    public static KeywordIndex Build(IReadOnlyList<Passage> passages, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return Write(IndexStore.InMemory(), true, passages, fingerprint);
    }

    private static KeywordIndex Write(IndexStore store, bool ownsStore, IReadOnlyList<Passage> passages, string fingerprint)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [IndexStore.FingerprintKey] = fingerprint };
        store.Replace(passages.Select(p => PassageFields.ToDocument(p, null)), data, IndexingAnalyzer());
        var searcher = store.Acquire();
        return new KeywordIndex(store, ownsStore, searcher, searcher.IndexReader is Lucene.Net.Index.DirectoryReader reader ? reader.IndexCommit.UserData : data);
    }

    // The English chain for every field but the words as written, which typos are matched against.
    private static PerFieldAnalyzerWrapper IndexingAnalyzer() =>
        new(EnglishAnalyzers.CreateTerms(), new Dictionary<string, Analyzer> { [PassageFields.Words] = EnglishAnalyzers.CreateSurfaceWords() });
}
