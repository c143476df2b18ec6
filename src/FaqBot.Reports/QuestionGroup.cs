namespace FaqBot.Reports;

/// <summary>Alike questions counted together.</summary>
/// <param name="Representative">The most frequent wording of the group, as typed.</param>
/// <param name="Count">How many questions fell into the group.</param>
public sealed record QuestionGroup(string Representative, int Count);
