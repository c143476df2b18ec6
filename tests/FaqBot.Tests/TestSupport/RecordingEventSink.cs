using FaqBot.Schema.Events;

namespace FaqBot.Tests.TestSupport;

// Records the events a bot under test sends, for handler tests that run without a server; also answers the staff
// stats command from them. The server's tests read the real event store instead (StoredEvents).
internal sealed class RecordingEventSink : IAnswerEventSink, IAnswerEventSource
{
    private readonly Lock _lock = new();
    private readonly List<AnswerEvent> _answers = [];
    private readonly List<FeedbackEvent> _feedback = [];

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

    public ValueTask RecordAnswerAsync(AnswerEvent answerEvent, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _answers.Add(answerEvent);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask RecordFeedbackAsync(FeedbackEvent feedbackEvent, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _feedback.Add(feedbackEvent);
        }

        return ValueTask.CompletedTask;
    }

    public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var statistics = new EventStatisticsBuilder();
        Answers.Where(a => a.Timestamp >= since && a.Timestamp <= until).ToList().ForEach(statistics.Add);
        Feedback.Where(f => f.Timestamp >= since && f.Timestamp <= until).ToList().ForEach(statistics.Add);
        return Task.FromResult(statistics.Build());
    }
}
