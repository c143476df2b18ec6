namespace FaqBot.Schema.Events;

/// <summary>A patient's verdict on one answer.</summary>
public enum FeedbackRating
{
    /// <summary>The answer helped.</summary>
    Helpful,

    /// <summary>The answer did not help.</summary>
    NotHelpful,
}
