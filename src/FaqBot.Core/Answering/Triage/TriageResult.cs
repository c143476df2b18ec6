namespace FaqBot.Core.Answering.Triage;

/// <summary>The triage decision for one message and what decided it (never the message text).</summary>
/// <param name="Kind">What the message is.</param>
/// <param name="Rule">A stable name of what fired, safe to log: a rule such as <c>crisis.self-harm</c>, or
/// <c>model.crisis</c> when the learned layer decided.</param>
public sealed record TriageResult(TriageKind Kind, string Rule)
{
    /// <summary>Whether the writer speaks of themselves or of someone else at risk (crisis and emergency only).</summary>
    public TriageAudience Audience { get; init; } = TriageAudience.Self;

    /// <summary>The message's language as far as triage can tell: <c>en</c> or <c>es</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The learned layer's scores and thresholds, when it ran; for explaining a decision.</summary>
    public TriageScores? Scores { get; init; }

    /// <summary>
    /// True when the message is not urgent by the rules or the crisis thresholds but its crisis score is in the watch
    /// band: the reply puts crisis resources first and then answers the message as <see cref="Kind"/> says.
    /// </summary>
    public bool CrisisWatch { get; init; }

    /// <summary>True for the kinds that put crisis or emergency resources first.</summary>
    public bool IsUrgent => Kind is TriageKind.Crisis or TriageKind.Emergency;

    /// <summary>True when the reply shows crisis or emergency resources: urgent, or in the crisis watch band.</summary>
    public bool ShowsCrisisResources => IsUrgent || CrisisWatch;
}
