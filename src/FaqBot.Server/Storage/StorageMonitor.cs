using FaqBot.Storage;

namespace FaqBot.Server.Storage;

// Pings the database every 2 s while it is unavailable and every 15 s otherwise, so /readyz and the buffered
// event writer learn of an outage or a recovery even when no request touches the database.
public sealed class StorageMonitor(IFaqBotStorage storage, StorageHealth health, TimeProvider timeProvider) : BackgroundService
{
    private static readonly TimeSpan WhileDown = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan WhileUp = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(health.IsAvailable ? WhileUp : WhileDown, timeProvider, stoppingToken).ConfigureAwait(false);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await health.RunAsync(async () =>
                {
                    await storage.PingAsync(timeout.Token).ConfigureAwait(false);
                    return true;
                }).ConfigureAwait(false);
            }
            catch (StorageUnavailableException)
            {
                // Reported by RunAsync; try again at the next tick.
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                health.ReportFailure(new StorageUnavailableException($"{storage.Description} did not answer a ping within 5 s."));
            }
        }
    }
}
