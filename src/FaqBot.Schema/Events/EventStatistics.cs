namespace FaqBot.Schema.Events;

/// <summary>What the event log says about a period: counts per day and the questions that went unanswered.</summary>
/// <param name="Days">One entry per UTC day that had any answer or feedback, oldest first.</param>
/// <param name="Unanswered">Abstained questions as typed (exact text), with how often each was asked, most frequent first.</param>
/// <param name="UnansweredWithoutText">Abstained questions recorded without their text (question text switched off).</param>
public sealed record EventStatistics(IReadOnlyList<DayStatistics> Days, IReadOnlyList<QuestionCount> Unanswered, int UnansweredWithoutText);
