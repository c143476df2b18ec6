namespace FaqBot.Core.Answering;

/// <summary>One reply of FaqBot, before rendering; every channel renders this same model.</summary>
/// <param name="Kind">What kind of reply this is.</param>
/// <param name="Lead">Text shown before the quotes: crisis resources, a clinician referral, a small-talk reply,
/// the "did you mean" prompt or the honest "our materials don't cover that". Empty for a plain answer.</param>
/// <param name="Quotes">Verbatim quotes, best first (the candidates, for <see cref="AnswerKind.Clarify"/>).</param>
/// <param name="FollowUps">Follow-up questions the documents can answer.</param>
/// <param name="Disclaimer">The clinic's disclaimer; null where none belongs (small talk).</param>
/// <param name="Confidence">Calibrated retrieval confidence in [0, 1]; 0 when retrieval did not run.</param>
public sealed record Answer(
    AnswerKind Kind,
    string Lead,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<string> FollowUps,
    string? Disclaimer,
    double Confidence)
{
    /// <summary>The triage decision behind this reply (kind, what fired, audience, language), when triage ran.</summary>
    public Triage.TriageResult? Triage { get; init; }

    /// <summary>
    /// The crisis or emergency card to show (title, text, tap-to-call buttons): the whole reply of a crisis or emergency,
    /// and shown before any other reply whose message triage placed in the crisis watch band.
    /// </summary>
    public Crisis.CrisisReply? Crisis { get; init; }

    /// <summary>True for a crisis or emergency reply: the card is the whole reply.</summary>
    public bool IsUrgent => Kind is AnswerKind.Crisis or AnswerKind.Emergency;

    /// <summary>The crisis card that goes above this answer (its message was in the crisis watch band), or null.</summary>
    public Crisis.CrisisReply? CrisisAbove => IsUrgent ? null : Crisis;
}
