namespace FaqBot.Bot.Events;

/// <summary>Reads back recorded answers and feedback, for the staff <c>stats</c> command.</summary>
public interface IAnswerEventSource
{
    /// <summary>The answers recorded at or after <paramref name="since"/>, oldest first.</summary>
    IReadOnlyList<AnswerEvent> AnswersSince(DateTimeOffset since);

    /// <summary>The feedback recorded at or after <paramref name="since"/>, oldest first.</summary>
    IReadOnlyList<FeedbackEvent> FeedbackSince(DateTimeOffset since);
}
