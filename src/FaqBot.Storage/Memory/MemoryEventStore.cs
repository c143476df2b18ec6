using System.Runtime.CompilerServices;
using FaqBot.Schema.Events;
using FaqBot.Storage.Events;

namespace FaqBot.Storage.Memory;

/// <summary>
/// The event log in process memory: answers and feedback ordered by time, each kind bounded to a capacity beyond
/// which the oldest go first (as retention would take them). Statistics are added up by
/// <see cref="EventStatisticsBuilder"/>, the reference the databases' GROUP BY queries are tested against.
/// </summary>
public sealed class MemoryEventStore : IEventStore
{
    /// <summary>The default bound of each kind (answers, feedback): the in-memory sink's bound before there was this store.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Lock _lock = new();
    private readonly TimeOrderedLog<AnswerEvent> _answers;
    private readonly TimeOrderedLog<FeedbackEvent> _feedback;

    internal MemoryEventStore(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _answers = new TimeOrderedLog<AnswerEvent>(capacity);
        _feedback = new TimeOrderedLog<FeedbackEvent>(capacity);
    }

    /// <inheritdoc />
    public Task AppendAsync(IReadOnlyList<AnswerEvent> answers, IReadOnlyList<FeedbackEvent> feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(feedback);
        lock (_lock)
        {
            foreach (var answer in answers)
            {
                _answers.Add(answer.Timestamp, answer);
            }

            foreach (var item in feedback)
            {
                _feedback.Add(item.Timestamp, item);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<long>(_answers.RemoveBefore(olderThan) + _feedback.RemoveBefore(olderThan));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerEvent> ReadAnswersAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        List<AnswerEvent> answers;
        lock (_lock)
        {
            answers = [.. _answers.Between(since, DateTimeOffset.MaxValue)];
        }

        foreach (var answer in answers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return answer;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<FeedbackEvent> ReadFeedbackAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        List<FeedbackEvent> feedback;
        lock (_lock)
        {
            feedback = [.. _feedback.Between(since, DateTimeOffset.MaxValue)];
        }

        foreach (var item in feedback)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    /// <inheritdoc />
    public Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var statistics = new EventStatisticsBuilder();
        lock (_lock)
        {
            foreach (var answer in _answers.Between(since, until))
            {
                statistics.Add(answer);
            }

            foreach (var item in _feedback.Between(since, until))
            {
                statistics.Add(item);
            }
        }

        return Task.FromResult(statistics.Build());
    }
}
