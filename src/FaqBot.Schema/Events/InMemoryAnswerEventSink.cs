namespace FaqBot.Schema.Events;

/// <summary>Keeps the most recent answer and feedback events in memory (bounded); thread-safe.</summary>
public sealed class InMemoryAnswerEventSink : IAnswerEventSink, IAnswerEventSource
{
    /// <summary>How many events of each kind are kept; older ones are dropped first.</summary>
    public const int Capacity = 10_000;

    private readonly Lock _lock = new();
    private readonly Queue<AnswerEvent> _answers = new();
    private readonly Queue<FeedbackEvent> _feedback = new();

    /// <summary>A snapshot of the recorded answers, oldest first.</summary>
    public IReadOnlyList<AnswerEvent> Answers
    {
        get
        {
            lock (_lock)
            {
                return [.. _answers];
            }
        }
    }

    /// <summary>A snapshot of the recorded feedback, oldest first.</summary>
    public IReadOnlyList<FeedbackEvent> Feedback
    {
        get
        {
            lock (_lock)
            {
                return [.. _feedback];
            }
        }
    }

    /// <inheritdoc />
    public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var builder = new EventStatisticsBuilder();
        lock (_lock)
        {
            foreach (var answer in _answers.Where(e => e.Timestamp >= since && e.Timestamp <= until))
            {
                builder.Add(answer);
            }

            foreach (var feedback in _feedback.Where(e => e.Timestamp >= since && e.Timestamp <= until))
            {
                builder.Add(feedback);
            }
        }

        return Task.FromResult(builder.Build());
    }

    /// <inheritdoc />
    public ValueTask RecordAnswerAsync(AnswerEvent answerEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answerEvent);
        lock (_lock)
        {
            Enqueue(_answers, answerEvent);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RecordFeedbackAsync(FeedbackEvent feedbackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedbackEvent);
        lock (_lock)
        {
            Enqueue(_feedback, feedbackEvent);
        }

        return ValueTask.CompletedTask;
    }

    private static void Enqueue<T>(Queue<T> queue, T item)
    {
        if (queue.Count >= Capacity)
        {
            queue.Dequeue();
        }

        queue.Enqueue(item);
    }
}
