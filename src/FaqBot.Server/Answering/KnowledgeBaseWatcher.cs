namespace FaqBot.Server.Answering;

// Rebuilds the index when a file of the knowledge base changes; bursts of changes (an editor saving, a folder
// copied in) are coalesced into one rebuild after a quiet period.
public sealed partial class KnowledgeBaseWatcher(EngineHost host, ILogger<KnowledgeBaseWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Directory.Exists(host.KnowledgeBasePath))
        {
            return;
        }

        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(host.KnowledgeBasePath) { IncludeSubdirectories = true };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                while (await changed.WaitAsync(QuietPeriod, stoppingToken).ConfigureAwait(false))
                {
                    // more changes: wait for quiet
                }

                LogRebuilding(logger);
                host.Reload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base changed; rebuilding the index")]
    private static partial void LogRebuilding(ILogger logger);
}
