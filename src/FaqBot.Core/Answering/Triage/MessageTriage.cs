namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Decides, before retrieval, whether a message is a crisis, a request for personal medical advice,
/// small talk, or a question. Stateless and thread-safe: one instance serves every conversation.
/// </summary>
/// <remarks>
/// Decisions (see the pattern classes for each rule's reason): a personal signal is a crisis wherever it
/// appears, "suicidal" always counts as personal, the noun "suicide" counts unless framed as information
/// ("suicide risk", "risk of suicide"); "overdose risk of ketamine?" and "can you overdose" are questions,
/// while "overdosed", "took too many" and "i want to overdose" are crises. Advice is checked before small
/// talk so "help, should i stop my meds" reaches a clinician referral. Patterns are built on first use; long
/// messages (and every message once <see cref="Prepare"/> has run) match in time linear in their length.
/// </remarks>
public sealed class MessageTriage
{
    private static readonly PatternSet Crisis = new(CrisisPatterns.Rules);
    private static readonly PatternSet Informational = new(CrisisPatterns.InformationalPhrases);
    private static readonly PatternSet CrisisUnlessInformational = new(CrisisPatterns.ExemptableRules);
    private static readonly PatternSet Advice = new(AdvicePatterns.Rules);
    private static readonly PatternSet Smalltalk = new(SmalltalkPatterns.Rules);

    /// <summary>Builds the faster regexes now; a server calls it once in the background after start-up.</summary>
    public static void Prepare()
    {
        foreach (var set in (PatternSet[])[Crisis, Informational, CrisisUnlessInformational, Advice, Smalltalk])
        {
            set.Prepare();
        }
    }

    /// <summary>Classifies one message without its embedding; crisis is checked first, always, then advice, then small talk.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="message"/> is null.</exception>
    public TriageResult Classify(string message) => Classify(message, null);

    /// <summary>Classifies one message; crisis is checked first, always, then advice, then small talk.</summary>
    /// <param name="message">The patient's message.</param>
    /// <param name="embedding">The message's sentence embedding, computed once per turn by the answerer and shared with
    /// retrieval; null when no encoder is configured.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="message"/> is null.</exception>
    public TriageResult Classify(string message, float[]? embedding)
    {
        _ = embedding; // the learned triage layer (issue 9) reads it
        ArgumentNullException.ThrowIfNull(message);
        var text = TriageText.Normalize(message);

        if ((Crisis.Match(text) ?? CrisisUnlessInformational.Match(Informational.Blank(text))) is { } crisisRule)
        {
            return new TriageResult(TriageKind.Crisis, crisisRule);
        }

        if (text.Length == 0)
        {
            // An empty or emoji-only message: tell the patient what the bot can do.
            return new TriageResult(TriageKind.Help, "help.empty");
        }

        if (Advice.Match(text) is { } adviceRule)
        {
            return new TriageResult(TriageKind.Advice, adviceRule);
        }

        if (text.Length <= SmalltalkPatterns.MaxLength && Smalltalk.Match(text) is { } smalltalkRule)
        {
            return new TriageResult(KindOf(smalltalkRule), smalltalkRule);
        }

        return new TriageResult(TriageKind.Question, "question");
    }

    private static TriageKind KindOf(string smalltalkRule) => smalltalkRule switch
    {
        "greeting" => TriageKind.Greeting,
        "thanks" => TriageKind.Thanks,
        "goodbye" => TriageKind.Goodbye,
        _ => TriageKind.Help,
    };
}
