using FaqBot.Storage;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Persistence;

// Deletes events older than Storage:EventRetentionDays: at start-up, then hourly (docs/privacy.md).
public sealed partial class EventRetentionService(IFaqBotStorage storage, StorageHealth health, IOptions<StorageOptions> options,
    TimeProvider timeProvider, ILogger<EventRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = TimeSpan.FromDays(options.Value.EventRetentionDays);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var purged = await health.RunAsync(() => storage.Events.PurgeAsync(timeProvider.GetUtcNow() - retention, stoppingToken))
                    .ConfigureAwait(false);
                if (purged > 0)
                {
                    LogPurged(logger, purged, options.Value.EventRetentionDays);
                }
            }
            catch (StorageUnavailableException)
            {
                // Reported by RunAsync; the next round purges what is due then.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Never let a failed purge stop the server; it is retried at the next round.
                LogPurgeFailed(logger, ex);
            }

            await Task.Delay(Interval, timeProvider, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting expired events failed")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Purged} events older than {Days} days")]
    private static partial void LogPurged(ILogger logger, long purged, int days);
}
