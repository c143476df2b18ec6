using FaqBot.Schema.Events;

namespace FaqBot.Server.Persistence;

// An answer or a feedback waiting in the buffer, and whoever waits for it to be written.
internal sealed record PendingEvent(AnswerEvent? Answer, FeedbackEvent? Feedback, TaskCompletionSource? Written);
