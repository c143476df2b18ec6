namespace FaqBot.Core.Evaluation;

/// <summary>The headline figures of an evaluation (NaN where a set has no question of that kind).</summary>
/// <param name="Answerable">Answerable questions scored.</param>
/// <param name="Hit1">Share of answerable questions with the evidence in the first quote.</param>
/// <param name="HitK">Share with the evidence in one of the first k quotes.</param>
/// <param name="MrrK">Mean reciprocal rank of the evidence within the first k quotes.</param>
/// <param name="Unanswerable">Unanswerable questions scored.</param>
/// <param name="AbstainOk">Share of unanswerable questions that got no quote.</param>
/// <param name="Quoting">Replies that quoted something, over both kinds.</param>
/// <param name="QuotingCorrect">Share of those that quoted the evidence of an answerable question.</param>
public sealed record EvalFigures(
    int Answerable, double Hit1, double HitK, double MrrK, int Unanswerable, double AbstainOk, int Quoting, double QuotingCorrect);
