namespace FaqBot.Core.Answering.Triage;

/// <summary>What a patient's message is, decided before any retrieval.</summary>
public enum TriageKind
{
    /// <summary>An ordinary question for retrieval.</summary>
    Question,

    /// <summary>Suicide, self-harm, overdose or poisoning, for the writer or someone else: crisis resources first.</summary>
    Crisis,

    /// <summary>A request for personal medical advice: refer to a clinician.</summary>
    Advice,

    /// <summary>The message is essentially only a greeting.</summary>
    Greeting,

    /// <summary>The message is essentially only thanks.</summary>
    Thanks,

    /// <summary>The message asks what the bot can do (or is empty).</summary>
    Help,

    /// <summary>The message is essentially only a goodbye.</summary>
    Goodbye,

    /// <summary>A medical emergency (chest pain, can't breathe, seizure, unresponsive): 911 and the emergency room first.</summary>
    Emergency,
}
