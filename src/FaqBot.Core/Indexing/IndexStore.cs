using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace FaqBot.Core.Indexing;

/// <summary>
/// The Lucene index folder (an NIOFSDirectory with SimpleFSLockFactory, so a second process cannot open a writer;
/// not MMapDirectory, whose stored-field reads are slow here) or an in-memory directory, and the SearcherManager over
/// it. A rebuild is written by an IndexWriter beside the live commit (Lucene never overwrites a file); searchers
/// acquired before it keep reading the old commit until released, so questions are answered throughout.
/// Thread-safe.
/// </summary>
public sealed class IndexStore : IDisposable
{
    /// <summary>The commit user-data keys FaqBot writes.</summary>
    internal const string FormatKey = "faqbot.format";
    internal const string FingerprintKey = "faqbot.fingerprint";
    internal const string ModelKey = "faqbot.embedding-model";

    /// <summary>Bump when the fields or the analysis change what an index contains, so old indexes are rebuilt.</summary>
    internal const string FormatVersion = "faqbot-lucene-3";

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    private readonly System.Threading.Lock _writeLock = new();
    private readonly Directory _directory;
    private SearcherManager? _manager;

    private IndexStore(Directory directory, string? folder)
    {
        _directory = directory;
        Folder = folder;
    }

    /// <summary>The index folder, or null for an in-memory index.</summary>
    public string? Folder { get; }

    /// <summary>Opens (creating when needed) the index folder <paramref name="folder"/>.</summary>
    public static IndexStore OpenFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        System.IO.Directory.CreateDirectory(folder);
        var info = new DirectoryInfo(folder);
        return new IndexStore(new NIOFSDirectory(info, new SimpleFSLockFactory(info)), folder);
    }

    /// <summary>An index kept in memory only.</summary>
    public static IndexStore InMemory() => new(new RAMDirectory(), null);

    /// <summary>
    /// The commit user data of the newest commit when it is a readable FaqBot index, else null with the reason
    /// (none yet, another program's index, an older format, damaged files).
    /// </summary>
    public IDictionary<string, string>? ReadCommitData(out string reason)
    {
        try
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                reason = "no index yet";
                return null;
            }

            using var reader = DirectoryReader.Open(_directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(FormatKey, out var format) || format != FormatVersion)
            {
                reason = format is null ? "the index folder holds another program's index" : $"index format {format}, not {FormatVersion}";
                return null;
            }

            reason = "";
            return data;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            reason = $"the index is damaged ({ex.GetType().Name})";
            return null;
        }
    }

    /// <summary>Replaces the whole index with <paramref name="documents"/>, their fields already analysed
    /// (<see cref="PassageDocuments"/>), in one commit carrying <paramref name="commitData"/>.</summary>
    /// <exception cref="LockObtainFailedException">Another process holds the index's write lock.</exception>
    internal void Replace(IEnumerable<Lucene.Net.Documents.Document> documents, IDictionary<string, string> commitData)
    {
        lock (_writeLock)
        {
            // The writer analyses nothing: its analyzer only sets the gap between a field's values, 0 as it always was.
            IndexWriterConfig Config() => new(Analysis.EnglishChain.Version, Analysis.EnglishAnalyzers.CreateTerms())
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new Lucene.Net.Search.Similarities.BM25Similarity(),
                RAMBufferSizeMB = 64,
                WriteLockTimeout = (long)LockWait.TotalMilliseconds,
            };
            using (var writer = OpenWriter(Config))
            {
                foreach (var document in documents)
                {
                    writer.AddDocument(document);
                }

                commitData[FormatKey] = FormatVersion;
                writer.SetCommitData(commitData);
                writer.Commit();
            }

            if (_manager is null)
            {
                _manager = new SearcherManager(_directory, null);
            }
            else
            {
                _manager.MaybeRefreshBlocking();
            }
        }
    }

    /// <summary>Acquires the current searcher (pinning its commit); give it back with <see cref="Release"/>.</summary>
    internal IndexSearcher Acquire()
    {
        lock (_writeLock)
        {
            _manager ??= new SearcherManager(_directory, null);
            _manager.MaybeRefreshBlocking();
            return _manager.Acquire();
        }
    }

    /// <summary>Gives back a searcher from <see cref="Acquire"/>.</summary>
    internal void Release(IndexSearcher searcher)
    {
        lock (_writeLock)
        {
            if (_manager is null)
            {
                searcher.IndexReader.DecRef();
            }
            else
            {
                _manager.Release(searcher);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_writeLock)
        {
            _manager?.Dispose();
            _manager = null;
            _directory.Dispose();
        }
    }

    private IndexWriter OpenWriter(Func<IndexWriterConfig> config)
    {
        try
        {
            return new IndexWriter(_directory, config());
        }
        catch (Exception ex) when (IsDamage(ex) && Folder is not null)
        {
            // A damaged commit can stop even a CREATE writer from starting: the folder is ours, clear it and start over.
            ClearFolder();
            return new IndexWriter(_directory, config());
        }
    }

    private void ClearFolder()
    {
        foreach (var file in _directory.ListAll())
        {
            if (file != IndexWriter.WRITE_LOCK_NAME)
            {
                _directory.DeleteFile(file);
            }
        }
    }

    private static bool IsDamage(Exception ex) =>
        ex is IOException and not LockObtainFailedException || ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException;
}
