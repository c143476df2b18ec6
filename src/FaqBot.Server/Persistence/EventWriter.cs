using FaqBot.Schema.Events;
using FaqBot.Storage;

namespace FaqBot.Server.Persistence;

// Drains the event buffer into the database in batches of up to 512, one transaction each. A batch that fails
// because the database is unreachable is kept and retried (0.25 s doubling to 5 s) until it is written.
public sealed partial class EventWriter(BufferedEventSink sink, IFaqBotStorage storage, StorageHealth health, TimeProvider timeProvider,
    ILogger<EventWriter> logger) : BackgroundService
{
    private const int MaxBatch = 512;
    private static readonly TimeSpan FlushOnStop = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingEvent>(MaxBatch);
        var reader = sink.Reader;
        try
        {
            while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await WriteAsync(batch, stoppingToken).ConfigureAwait(false);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogUnwritten(logger, batch.Count + reader.Count);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking events, then give the writer a moment to flush what is queued.
        sink.Complete();
        using var flush = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        flush.CancelAfter(FlushOnStop);
        try
        {
            if (ExecuteTask is { } running)
            {
                await running.WaitAsync(flush.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Database still down at shutdown: base.StopAsync cancels the retries.
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(List<PendingEvent> batch, CancellationToken stoppingToken)
    {
        var answers = new List<AnswerEvent>();
        var feedback = new List<FeedbackEvent>();
        foreach (var pending in batch)
        {
            if (pending.Answer is { } answer)
            {
                answers.Add(answer);
            }
            else if (pending.Feedback is { } rating)
            {
                feedback.Add(rating);
            }
        }

        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await health.RunAsync(() => storage.Events.AppendAsync(answers, feedback, CancellationToken.None)).ConfigureAwait(false);
                break;
            }
            catch (StorageUnavailableException)
            {
                // Nobody waits for a batch that cannot be written now: the turns go on; the events stay here.
                foreach (var pending in batch)
                {
                    pending.Written?.TrySetResult();
                }

                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Not an outage but a batch the database refuses: retrying cannot help, and the writer must go on.
                LogBatchRejected(logger, ex, batch.Count);
                break;
            }
        }

        foreach (var pending in batch)
        {
            pending.Written?.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database refused a batch of {Count} events; they are lost")]
    private static partial void LogBatchRejected(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped with {Count} events not written: the database was unavailable")]
    private static partial void LogUnwritten(ILogger logger, int count);
}
