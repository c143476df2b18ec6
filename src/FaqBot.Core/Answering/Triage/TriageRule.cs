namespace FaqBot.Core.Answering.Triage;

/// <summary>One named regular expression over normalized text (see <see cref="TriageText.Normalize"/>).</summary>
/// <param name="Name">The rule name reported in <see cref="TriageResult.Rule"/>.</param>
/// <param name="Pattern">A .NET regex; groups are not captured, so plain parentheses are fine.</param>
internal sealed record TriageRule(string Name, string Pattern);
