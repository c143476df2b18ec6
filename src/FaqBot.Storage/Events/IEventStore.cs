using FaqBot.Schema.Events;

namespace FaqBot.Storage.Events;

/// <summary>
/// The durable event log: answers and feedback, for statistics. Writes come in batches from the server's buffer.
/// Connection failures throw <see cref="StorageUnavailableException"/>.
/// </summary>
public interface IEventStore : IAnswerEventSource
{
    /// <summary>Stores the events in one transaction (all or none).</summary>
    Task AppendAsync(IReadOnlyList<AnswerEvent> answers, IReadOnlyList<FeedbackEvent> feedback, CancellationToken cancellationToken);

    /// <summary>Deletes answers and feedback older than <paramref name="olderThan"/>; returns how many rows went.</summary>
    Task<long> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);

    /// <summary>The answers at or after <paramref name="since"/>, oldest first (for tests and exports).</summary>
    IAsyncEnumerable<AnswerEvent> ReadAnswersAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The feedback at or after <paramref name="since"/>, oldest first.</summary>
    IAsyncEnumerable<FeedbackEvent> ReadFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
