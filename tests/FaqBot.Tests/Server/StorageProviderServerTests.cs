namespace FaqBot.Tests.Server;

// HTTP tests that run on more than one storage provider: each subclass names one. Memory is the fast default of the
// in-process tests; SQLite (in a fresh temp folder per server) is what a default deployment runs. Both go through
// the same conversation store and event sink; only the storage under them differs.
public abstract class StorageProviderServerTests : IDisposable
{
    private readonly List<string> _folders = [];

    protected abstract string Provider { get; }

    // True for suites that only make HTTP requests: their servers run in memory (TestServer), not on a port.
    protected virtual bool InMemoryHost => false;

    // The test server with Storage:Provider set (settings given here come after it and may override it).
    internal Task<FaqBotTestServer> StartServerAsync(IEnumerable<string>? settings = null, TimeProvider? timeProvider = null)
    {
        var folder = Directory.CreateTempSubdirectory("faqbot-http-").FullName;
        _folders.Add(folder);
        return FaqBotTestServer.StartAsync([$"Storage:Provider={Provider}", $"Storage:DataFolder={folder}", .. settings ?? []], timeProvider, inMemory: InMemoryHost);
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open; the OS cleans its temp folder eventually.
            }
        }

        GC.SuppressFinalize(this);
    }
}
