namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// The learned layer's probabilities for one message, with the thresholds they were compared to. The
/// embedding scores are null when no sentence embedding was available; the lexical scores are the highest
/// over the message's windows, so a long message is scored everywhere, not only where the embedding reads.
/// </summary>
public sealed record TriageScores(
    TriageClassScores? Embedding,
    TriageClassScores Lexical,
    TriageClassScores EmbeddingThresholds,
    TriageClassScores LexicalThresholds)
{
    /// <summary>
    /// The joint classifiers' probabilities (both views' log-odds together), or null when the model has none or no
    /// embedding was available.
    /// </summary>
    public TriageClassScores? Joint { get; init; }

    /// <summary>The joint classifiers' thresholds, read only when <see cref="Joint"/> is set.</summary>
    public TriageClassScores JointThresholds { get; init; }

    /// <summary>The crisis watch band's thresholds, when the model has a band.</summary>
    public Learning.WatchThresholds? CrisisWatch { get; init; }

    /// <summary>
    /// True when a crisis score reaches the watch band (the caller has already found it below the crisis thresholds):
    /// crisis resources go first, then the answer.
    /// </summary>
    public bool InCrisisWatch =>
        CrisisWatch is { } band
        && ((Embedding is { } e && e.Crisis >= band.Embedding) || Lexical.Crisis >= band.Lexical || (Joint is { } j && j.Crisis >= band.Joint));

    /// <summary>
    /// True when the learned layer raises <paramref name="label"/>: either view alone reaches its threshold (the
    /// embedding reads the meaning of the message's start, the lexical windows every part of it), or both together do.
    /// </summary>
    public bool Fires(TriageLabel label) =>
        (Embedding is { } e && e[label] >= EmbeddingThresholds[label])
        || Lexical[label] >= LexicalThresholds[label]
        || (Joint is { } j && j[label] >= JointThresholds[label]);
}

/// <summary>One probability (or threshold) per learned class.</summary>
public readonly record struct TriageClassScores(double Crisis, double Emergency, double Advice)
{
    /// <summary>The value for <paramref name="label"/>.</summary>
    public double this[TriageLabel label] => label switch
    {
        TriageLabel.Crisis => Crisis,
        TriageLabel.Emergency => Emergency,
        TriageLabel.Advice => Advice,
        _ => 0,
    };
}

/// <summary>The classes the learned layer separates; everything else is <see cref="Other"/>.</summary>
public enum TriageLabel
{
    /// <summary>Suicide, self-harm, overdose, someone else at risk.</summary>
    Crisis,

    /// <summary>A medical emergency.</summary>
    Emergency,

    /// <summary>Personal medical advice.</summary>
    Advice,

    /// <summary>An ordinary question, small talk, or alarming words used ordinarily.</summary>
    Other,
}
