namespace FaqBot.Core.Answering.Triage.Learning;

/// <summary>One labelled training message.</summary>
/// <param name="Id">Its id in its file (the fold of cross-validation is derived from it).</param>
/// <param name="Text">The message as typed.</param>
/// <param name="Kind">The bank's kind (crisis, emergency, noncrisis, advice, question); "question" for retrieval questions.</param>
/// <param name="Category">The bank's category, or the file's.</param>
public sealed record TriageExample(string Id, string Text, string Kind, string Category)
{
    /// <summary>
    /// True for a message of the project's own regression sets (triage-cases.jsonl, the development set's triage lines):
    /// they are not split, and may be used whole. Bank messages must come from the tune half.
    /// </summary>
    public bool IsRegression { get; init; }

    /// <summary>The learned class of the kind.</summary>
    public TriageLabel Label => Kind switch
    {
        "crisis" => TriageLabel.Crisis,
        "emergency" => TriageLabel.Emergency,
        "advice" => TriageLabel.Advice,
        _ => TriageLabel.Other,
    };
}
