namespace FaqBot.Server.Answering;

// Rebuilds the index when a file of the knowledge base changes. It polls a cheap signature (paths, sizes, write
// times) rather than using FileSystemWatcher: inotify instances are a small per-user limit on Linux, watchers
// miss changes on network shares, and a few thousand stat calls every two seconds cost next to nothing. A change
// is acted on once the folder has been quiet for one more period, so a folder being copied in rebuilds once.
public sealed partial class KnowledgeBaseWatcher(EngineHost host, TimeProvider timeProvider, ILogger<KnowledgeBaseWatcher> logger)
    : BackgroundService
{
    internal static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Compared with what the current index was built from (recorded by the host before it read the folder),
        // so a change made while this service was starting is not missed.
        var pending = host.IndexedSignature;
        using var timer = new PeriodicTimer(Period, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var now = KnowledgeBaseSignature.Compute(host.KnowledgeBasePath);
                if (now != pending)
                {
                    pending = now; // still changing: wait for a quiet period
                    continue;
                }

                if (now != host.IndexedSignature)
                {
                    LogRebuilding(logger);
                    host.Reload();
                }
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
