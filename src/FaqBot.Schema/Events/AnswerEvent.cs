using FaqBot.Core.Answering;

namespace FaqBot.Schema.Events;

/// <summary>One question answered, for the clinic's statistics.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ActivityId">Id of the question's activity; feedback refers to it.</param>
/// <param name="ChannelId">The channel (directline, msteams, …).</param>
/// <param name="Question">What the patient typed (kept only in the event store, never logged); null when the
/// deployment does not store question text.</param>
/// <param name="Kind">The kind of answer given.</param>
/// <param name="Confidence">The answer's retrieval confidence.</param>
/// <param name="QuoteCount">How many quotes the answer carried.</param>
/// <param name="Timestamp">When it was answered.</param>
public sealed record AnswerEvent(
    string? ConversationId,
    string? ActivityId,
    string? ChannelId,
    string? Question,
    AnswerKind Kind,
    double Confidence,
    int QuoteCount,
    DateTimeOffset Timestamp)
{
    /// <summary>The best quote's retrieval score (BM25 after rescoring); 0 when nothing was quoted.</summary>
    public double TopScore { get; init; }

    /// <summary>The distinct source files quoted, best first.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
