using FaqBot.Storage;

namespace FaqBot.Server.Persistence;

// Whether the database answers, as the last storage operation (or the monitor's ping) found. /readyz reports it;
// the event writer and live streams wait for Recovered.
public sealed partial class StorageHealth(ILogger<StorageHealth> logger, TimeProvider timeProvider)
{
    private volatile bool _unavailable;
    private DateTimeOffset _since;

    public bool IsAvailable => !_unavailable;

    // What is open (IFaqBotStorage.Description), for the log lines.
    public string? Description { get; set; }

    public event Action? Recovered;

    public void ReportFailure(StorageUnavailableException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (_unavailable)
        {
            return;
        }

        _unavailable = true;
        _since = timeProvider.GetUtcNow();
        LogUnavailable(logger, exception, Description ?? "storage");
    }

    public void ReportSuccess()
    {
        if (!_unavailable)
        {
            return;
        }

        _unavailable = false;
        LogRecovered(logger, Description ?? "storage", (timeProvider.GetUtcNow() - _since).TotalSeconds);
        Recovered?.Invoke();
    }

    // Runs a storage operation, keeping the health up to date; unavailability still reaches the caller.
    public async Task<T> RunAsync<T>(Func<Task<T>> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            var result = await operation().ConfigureAwait(false);
            ReportSuccess();
            return result;
        }
        catch (StorageUnavailableException ex)
        {
            ReportFailure(ex);
            throw;
        }
    }

    public Task RunAsync(Func<Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return RunAsync(async () =>
        {
            await operation().ConfigureAwait(false);
            return true;
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Storage} is unavailable: Direct Line answers 503 and events are buffered until it returns")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string storage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Storage} is available again after {Seconds:0.0} s")]
    private static partial void LogRecovered(ILogger logger, string storage, double seconds);
}
