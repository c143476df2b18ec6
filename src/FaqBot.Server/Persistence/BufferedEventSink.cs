using System.Threading.Channels;
using FaqBot.Schema.Events;
using FaqBot.Storage;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Persistence;

// The bot's event sink. Events go into a bounded queue that EventWriter drains in batches (group commit). While
// the database answers, RecordAnswerAsync waits for its batch to commit (at most WaitForWrite), so a reply the
// patient has seen has its event on disk; while it is down the turn does not wait, the event stays queued and
// is written when the database returns. A full queue drops its oldest events (counted and logged).
public sealed partial class BufferedEventSink : IAnswerEventSink, IAnswerEventSource
{
    private static readonly TimeSpan WaitForWrite = TimeSpan.FromSeconds(2);

    private readonly Channel<PendingEvent> _queue;
    private readonly IFaqBotStorage _storage;
    private readonly StorageHealth _health;
    private readonly bool _storeQuestionText;
    private readonly ILogger<BufferedEventSink> _logger;
    private long _dropped;

    public BufferedEventSink(IFaqBotStorage storage, StorageHealth health, IOptions<StorageOptions> options, ILogger<BufferedEventSink> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _storage = storage;
        _health = health;
        _storeQuestionText = options.Value.StoreQuestionText;
        _logger = logger;
        _queue = Channel.CreateBounded<PendingEvent>(
            new BoundedChannelOptions(options.Value.EventBufferCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            OnDropped);
    }

    public long Dropped => Interlocked.Read(ref _dropped);

    // Events waiting to be written (the queue's depth).
    public int Buffered => _queue.Reader.Count;

    internal ChannelReader<PendingEvent> Reader => _queue.Reader;

    public Task RecordAnswerAsync(AnswerEvent answerEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answerEvent);
        var stored = _storeQuestionText ? answerEvent : answerEvent with { Question = null };
        return EnqueueAsync(new PendingEvent(stored, null, NewWaiter()));
    }

    public Task RecordFeedbackAsync(FeedbackEvent feedbackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedbackEvent);
        return EnqueueAsync(new PendingEvent(null, feedbackEvent, NewWaiter()));
    }

    ValueTask IAnswerEventSink.RecordAnswerAsync(AnswerEvent answerEvent, CancellationToken cancellationToken) =>
        new(RecordAnswerAsync(answerEvent, cancellationToken));

    ValueTask IAnswerEventSink.RecordFeedbackAsync(FeedbackEvent feedbackEvent, CancellationToken cancellationToken) =>
        new(RecordFeedbackAsync(feedbackEvent, cancellationToken));

    public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        _health.RunAsync(() => _storage.Events.GetStatisticsAsync(since, until, cancellationToken));

    internal void Complete() => _queue.Writer.TryComplete();

    // No waiting while the database is known to be down: answers must keep flowing.
    private TaskCompletionSource? NewWaiter() =>
        _health.IsAvailable ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    private async Task EnqueueAsync(PendingEvent pending)
    {
        if (!_queue.Writer.TryWrite(pending))
        {
            // Only after shutdown began; nothing can be written any more.
            pending.Written?.TrySetResult();
            return;
        }

        if (pending.Written is { } written)
        {
            await written.Task.WaitAsync(WaitForWrite).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void OnDropped(PendingEvent pending)
    {
        pending.Written?.TrySetResult();
        var dropped = Interlocked.Increment(ref _dropped);
        if (dropped == 1 || dropped % 1000 == 0)
        {
            LogDropped(_logger, dropped);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event buffer full while the database is unavailable: {Dropped} oldest events dropped so far (Storage:EventBufferCapacity)")]
    private static partial void LogDropped(ILogger logger, long dropped);
}
