using FaqBot.Schema.Events;

namespace FaqBot.Server.Storage;

// An answer or a feedback waiting in the buffer, and whoever waits for it to be written.
internal sealed record PendingEvent(AnswerEvent? Answer, FeedbackEvent? Feedback, TaskCompletionSource? Written);
