namespace FaqBot.Core.Answering.Triage;

/// <summary>Who is at risk in a crisis or emergency message.</summary>
public enum TriageAudience
{
    /// <summary>The writer themselves.</summary>
    Self,

    /// <summary>Someone else: a child, partner, parent, friend, patient.</summary>
    Other,
}
