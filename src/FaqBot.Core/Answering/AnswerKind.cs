namespace FaqBot.Core.Answering;

/// <summary>What kind of reply an <see cref="Answer"/> is; serialized in lower case ("answer", "clarify", …).</summary>
public enum AnswerKind
{
    /// <summary>Quotes from the documents answer the question.</summary>
    Answer,

    /// <summary>Two or more different passages fit about equally well: "did you mean…?".</summary>
    Clarify,

    /// <summary>The documents do not cover the question; no quotes.</summary>
    Abstain,

    /// <summary>The message signals a crisis (suicide, self-harm, overdose, someone else at risk): crisis resources first, no quotes.</summary>
    Crisis,

    /// <summary>Personal medical advice was asked for: a referral to a clinician, plus general quotes where there are some.</summary>
    Advice,

    /// <summary>Greeting, thanks, help, goodbye, a message too long to read: a short reply.</summary>
    Smalltalk,

    /// <summary>A medical emergency: 911 and the emergency room first, no quotes.</summary>
    Emergency,
}
