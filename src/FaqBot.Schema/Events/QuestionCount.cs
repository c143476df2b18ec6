namespace FaqBot.Schema.Events;

/// <summary>A question as typed and how many times it was asked.</summary>
/// <param name="Question">The exact text.</param>
/// <param name="Count">How many times.</param>
public sealed record QuestionCount(string Question, int Count);
