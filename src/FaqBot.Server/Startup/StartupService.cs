namespace FaqBot.Server.Startup;

// Runs the start-up sequence as the host's first hosted service: its first steps before anything else starts (so
// before Kestrel listens), the rest in the background. A late failure stops the host; Program then exits non-zero
// with the one line recorded in StartupOutcome.
public sealed partial class StartupService(StartupSequence sequence, StartupOutcome outcome, IHostApplicationLifetime lifetime,
    ILogger<StartupService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _afterListening = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await sequence.RunBeforeListeningAsync(cancellationToken).ConfigureAwait(false);
        _afterListening = Task.Run(() => RunAfterListeningAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            // A step already running (an index build) is not interrupted; shutdown waits for it up to the host's limit.
            await _afterListening.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // the host's shutdown timeout passed
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAfterListeningAsync(CancellationToken stopping)
    {
        try
        {
            await sequence.RunAfterListeningAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopped during start-up
        }
        catch (Exception ex)
        {
            var failure = StartupFailure.Describe(ex);
            outcome.Failed(failure);
            LogFailed(logger, failure);
            lifetime.StopApplication();
        }
    }

    // The message names the key or file; the exception (and its stack trace) is left out on purpose.
    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up failed; stopping: {Failure}")]
    private static partial void LogFailed(ILogger logger, string failure);
}
