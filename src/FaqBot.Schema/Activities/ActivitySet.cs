namespace FaqBot.Schema.Activities;

/// <summary>A batch of activities with the watermark after them (Direct Line).</summary>
/// <param name="Activities">The activities.</param>
/// <param name="Watermark">The watermark to ask from next time.</param>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
