using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Schema.Events;

/// <summary>The feedback buttons (postBack, so the click is not shown as a chat message) and their recognition.</summary>
public static class FeedbackActions
{
    /// <summary>The property of a postBack value that marks it as FaqBot feedback.</summary>
    public const string FeedbackProperty = "faqbotFeedback";

    /// <summary>The property of a postBack value naming the question's activity id.</summary>
    public const string AnswerToProperty = "answerTo";

    private const string HelpfulValue = "helpful";
    private const string NotHelpfulValue = "not-helpful";

    /// <summary>A postBack button rating the answer to the activity <paramref name="answerTo"/>.</summary>
    public static CardAction Create(FeedbackRating rating, string title, string? answerTo) => new()
    {
        Type = "postBack",
        Title = title,
        Value = ActivityValues.Object(
            (FeedbackProperty, rating == FeedbackRating.Helpful ? HelpfulValue : NotHelpfulValue),
            (AnswerToProperty, answerTo)),
    };

    /// <summary>Recognises a feedback click: a message whose value carries <see cref="FeedbackProperty"/>.</summary>
    public static bool TryParse(Activity activity, [NotNullWhen(true)] out FeedbackRating? rating, out string? answerTo)
    {
        ArgumentNullException.ThrowIfNull(activity);
        rating = null;
        answerTo = null;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(FeedbackProperty, out var verdict)
            || verdict.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        rating = verdict.GetString() switch
        {
            HelpfulValue => FeedbackRating.Helpful,
            NotHelpfulValue => FeedbackRating.NotHelpful,
            _ => null,
        };
        if (value.TryGetProperty(AnswerToProperty, out var target) && target.ValueKind == JsonValueKind.String)
        {
            answerTo = target.GetString();
        }

        return rating is not null;
    }
}
