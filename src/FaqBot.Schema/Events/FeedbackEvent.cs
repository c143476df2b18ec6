namespace FaqBot.Schema.Events;

/// <summary>A patient's feedback on one answer.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="AnswerToActivityId">Id of the question's activity the rated answer replied to, when known.</param>
/// <param name="Rating">Helpful or not.</param>
/// <param name="Timestamp">When the feedback arrived.</param>
public sealed record FeedbackEvent(string? ConversationId, string? AnswerToActivityId, FeedbackRating Rating, DateTimeOffset Timestamp);
