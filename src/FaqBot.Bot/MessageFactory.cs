using FaqBot.Schema.Activities;

namespace FaqBot.Bot;

/// <summary>Builds the outgoing activities the bot sends, as the SDK's MessageFactory does.</summary>
public static class MessageFactory
{
    /// <summary>A Markdown message, optionally with suggested-action buttons.</summary>
    public static Activity Markdown(string text, IEnumerable<CardAction>? suggestedActions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var actions = suggestedActions?.ToList();
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = "markdown",
            InputHint = "acceptingInput",
            SuggestedActions = actions is { Count: > 0 } ? new SuggestedActions { Actions = actions } : null,
        };
    }

    /// <summary>A typing indicator.</summary>
    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    /// <summary>An imBack button: clicking posts <paramref name="value"/> as the user's visible message.</summary>
    public static CardAction ImBack(string title, string value) =>
        new() { Type = "imBack", Title = title, Value = ActivityValues.String(value) };
}
