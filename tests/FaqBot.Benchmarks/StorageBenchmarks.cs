using BenchmarkDotNet.Attributes;
using FaqBot.Schema.Activities;
using FaqBot.Storage;

namespace FaqBot.Benchmarks;

/// <summary>
/// The embedded store's cost per stored activity (a typical 2 KB answer): one append alone (a quiet server: its own
/// commit), and 200 concurrent appends to 200 conversations (a busy one: group commits). The end-to-end figures
/// (Memory vs SQLite vs PostgreSQL replicas) come from tests/FaqBot.LoadTest's storage mode.
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private const int Conversations = 200;

    private readonly Activity _reply = new()
    {
        Type = ActivityTypes.Message,
        Text = string.Concat(Enumerable.Repeat("> Ketamine infusion sessions usually last about 40 minutes. ", 35)),
        From = new ChannelAccount { Id = "faqbot", Role = "bot" },
    };

    private string _folder = "";
    private IFaqBotStorage _storage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("faqbot-storage-benchmark-").FullName;
        _storage = FaqBotStorageFactory.OpenAsync(new StorageOptions { DataFolder = _folder }, _folder, StorageRole.Server, CancellationToken.None)
            .GetAwaiter().GetResult();
        for (var i = 0; i < Conversations; i++)
        {
            _storage.Conversations.CreateAsync($"c{i}", "dl_user", DateTimeOffset.UtcNow, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _storage.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public Task AppendAlone() => _storage.Conversations.AppendAsync("c0", _reply, DateTimeOffset.UtcNow, 1000, CancellationToken.None);

    [Benchmark(OperationsPerInvoke = Conversations)]
    public Task AppendConcurrently() =>
        Task.WhenAll(Enumerable.Range(0, Conversations).Select(i =>
            Task.Run(() => _storage.Conversations.AppendAsync($"c{i}", _reply, DateTimeOffset.UtcNow, 1000, CancellationToken.None))));
}
