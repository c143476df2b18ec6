using FaqBot.Core.KnowledgeBase;
using FaqBot.Core.Semantics;
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
        IndexStore store, string fingerprint, bool forceRebuild, Func<IReadOnlyList<Passage>> ingest, Action<string>? warn, out bool rebuilt,
        ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ingest);
        var data = store.ReadCommitData(out var reason);
        var model = encoder?.ModelId ?? "";
        var sameModel = data is not null && (data.TryGetValue(IndexStore.ModelKey, out var stored) ? stored : "") == model;
        if (!forceRebuild && sameModel && data!.TryGetValue(IndexStore.FingerprintKey, out var current) && current == fingerprint)
        {
            rebuilt = false;
            return new KeywordIndex(store, false, store.Acquire(), data);
        }

        if (data is not null)
        {
            reason = forceRebuild ? "asked to" : sameModel ? "the knowledge base changed" : "the embedding model changed";
        }

        if (store.Folder is not null && reason != "no index yet" && !forceRebuild)
        {
            warn?.Invoke($"Rebuilding the index: {reason}.");
        }

        rebuilt = true;
        var passages = ingest();
        var encoded = 0;
        var vectors = encoder is null ? null : PassageVectors.Compute(passages, encoder, sameModel ? PreviousVectors(store) : new Dictionary<string, float[]>(), out encoded);
        try
        {
            var index = Write(store, false, passages, vectors, fingerprint, model);
            index.EmbeddedPassages = encoded;
            return index;
        }
        catch (LockObtainFailedException)
        {
            warn?.Invoke($"The index folder {store.Folder} is locked by another process (or by a stale write.lock left by a crash); " +
                "this process keeps its index in memory.");
            return Write(IndexStore.InMemory(), true, passages, vectors, fingerprint, model);
        }
    }

    /// <summary>Builds an in-memory index of <paramref name="passages"/> (benchmarks, tests), embedding them when <paramref name="encoder"/> is given.</summary>
    public static KeywordIndex Build(IReadOnlyList<Passage> passages, string fingerprint, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var encoded = 0;
        var vectors = encoder is null ? null : PassageVectors.Compute(passages, encoder, new Dictionary<string, float[]>(), out encoded);
        var index = Write(IndexStore.InMemory(), true, passages, vectors, fingerprint, encoder?.ModelId ?? "");
        index.EmbeddedPassages = encoded;
        return index;
    }

    /// <summary>Builds an in-memory index of <paramref name="passages"/> with vectors computed elsewhere (benchmarks over a
    /// generated knowledge base, whose copies reuse their seed passage's vectors).</summary>
    public static KeywordIndex Build(IReadOnlyList<Passage> passages, string fingerprint, float[][][] vectors, string modelId)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(vectors);
        return Write(IndexStore.InMemory(), true, passages, vectors, fingerprint, modelId);
    }

    /// <summary>Embeds <paramref name="passages"/> as an index build does (whole passage, then its sentences).</summary>
    public static float[][][] Embed(IReadOnlyList<Passage> passages, ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(encoder);
        return PassageVectors.Compute(passages, encoder, new Dictionary<string, float[]>(), out _);
    }

    /// <summary>How many passages were embedded to open this index (0 when every vector was reused or read from disk).</summary>
    public int EmbeddedPassages { get; private set; }

    private static KeywordIndex Write(IndexStore store, bool ownsStore, IReadOnlyList<Passage> passages, float[][][]? vectors, string fingerprint, string model)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [IndexStore.FingerprintKey] = fingerprint, [IndexStore.ModelKey] = model };
        var documents = new PassageDocuments();
        store.Replace(AnalysisAhead.Of(passages, vectors).Select(documents.Make), data);
        var searcher = store.Acquire();
        return new KeywordIndex(
            store, ownsStore, searcher, searcher.IndexReader is Lucene.Net.Index.DirectoryReader reader ? reader.IndexCommit.UserData : data,
            new WrittenPassages(passages, vectors));
    }

    // The vectors of the index being replaced, by the text they were embedded from.
    private static Dictionary<string, float[]> PreviousVectors(IndexStore store)
    {
        var previous = new Dictionary<string, float[]>(StringComparer.Ordinal);
        try
        {
            var searcher = store.Acquire();
            try
            {
                var reader = searcher.IndexReader;
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    var stored = reader.Document(doc);
                    var texts = PassageVectors.EmbeddingTexts(PassageFields.ToPassage(stored));
                    var vectors = PassageFields.ToVectors(stored);
                    for (var i = 0; i < Math.Min(texts.Count, vectors.Length); i++)
                    {
                        previous[texts[i]] = vectors[i];
                    }
                }
            }
            finally
            {
                store.Release(searcher);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or FormatException)
        {
            previous.Clear(); // unreadable: embed everything again
        }

        return previous;
    }
}
