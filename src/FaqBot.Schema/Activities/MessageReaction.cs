namespace FaqBot.Schema.Activities;

/// <summary>A reaction such as like or heart.</summary>
public sealed record MessageReaction
{
    /// <summary>Reaction type: like, heart, laugh, surprised, sad, angry.</summary>
    public string? Type { get; init; }
}
