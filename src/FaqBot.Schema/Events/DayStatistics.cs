namespace FaqBot.Schema.Events;

/// <summary>One UTC day's answers by kind and feedback.</summary>
/// <param name="Day">The UTC day.</param>
/// <param name="Answered">Answers with quotes.</param>
/// <param name="Clarified">"Did you mean" replies.</param>
/// <param name="Abstained">Questions the documents did not answer.</param>
/// <param name="Crisis">Crisis replies, medical emergencies included.</param>
/// <param name="Advice">Personal-advice referrals.</param>
/// <param name="Smalltalk">Greetings, thanks and the like.</param>
/// <param name="Helpful">"Helpful" feedback received that day.</param>
/// <param name="NotHelpful">"Not helpful" feedback received that day.</param>
public sealed record DayStatistics(
    DateOnly Day, int Answered, int Clarified, int Abstained, int Crisis, int Advice, int Smalltalk, int Helpful, int NotHelpful)
{
    /// <summary>All questions of the day, whatever the reply.</summary>
    public int Questions => Answered + Clarified + Abstained + Crisis + Advice + Smalltalk;
}
