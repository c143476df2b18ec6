using FaqBot.Storage;

namespace FaqBot.Server.Persistence;

// Pings the database every 2 s (a SELECT 1: ~0.2 ms), so /readyz and the buffered event writer learn of an outage or
// a recovery within 2 s even when no request touches the database.
public sealed class StorageMonitor(IFaqBotStorage storage, StorageHealth health, TimeProvider timeProvider) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, timeProvider, stoppingToken).ConfigureAwait(false);
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await health.RunAsync(() => storage.PingAsync(timeout.Token)).ConfigureAwait(false);
            }
            catch (StorageUnavailableException)
            {
                // Reported by RunAsync; try again at the next tick.
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                health.ReportFailure(new StorageUnavailableException($"{storage.Description} did not answer a ping within 5 s."));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A damaged or vanished database file is as unavailable as an unreachable server.
                health.ReportFailure(new StorageUnavailableException($"{storage.Description} failed a ping: {ex.Message}", ex));
            }
        }
    }
}
