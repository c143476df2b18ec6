namespace FaqBot.Schema.Activities;

/// <summary>Quick-reply buttons shown with a message.</summary>
public sealed record SuggestedActions
{
    /// <summary>Recipients the buttons are shown to; empty for everyone.</summary>
    public IList<string>? To { get; init; }
    /// <summary>The buttons.</summary>
    public IList<CardAction> Actions { get; init; } = [];
}
