namespace FaqBot.Schema.Events;

/// <summary>Reads the recorded answers and feedback back as statistics, for <c>faqbot stats</c> and the staff <c>stats</c> command.</summary>
public interface IAnswerEventSource
{
    /// <summary>Counts per UTC day and the abstained questions of <c>[since, until]</c>.</summary>
    Task<EventStatistics> GetStatisticsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
