namespace FaqBot.Core.Answering.Triage;

/// <summary>The triage decision for one message and the name of the rule that decided it (never the message text).</summary>
/// <param name="Kind">What the message is.</param>
/// <param name="Rule">A stable rule name such as <c>crisis.self-harm</c>, safe to log.</param>
public sealed record TriageResult(TriageKind Kind, string Rule);
