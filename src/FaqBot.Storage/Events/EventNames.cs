using FaqBot.Schema.Events;
using FaqBot.Core.Answering;

namespace FaqBot.Storage.Events;

/// <summary>How kinds and ratings are spelled in the database (text, so the tables read well in any SQL client).</summary>
public static class EventNames
{
    /// <summary>"answer", "clarify", "abstain", "crisis", "advice", "smalltalk" or "emergency".</summary>
    public static string Kind(AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => "answer",
        AnswerKind.Clarify => "clarify",
        AnswerKind.Abstain => "abstain",
        AnswerKind.Crisis => "crisis",
        AnswerKind.Advice => "advice",
        AnswerKind.Smalltalk => "smalltalk",
        AnswerKind.Emergency => "emergency",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind spelled <paramref name="name"/>; unknown names throw.</summary>
    public static AnswerKind ParseKind(string name) => name switch
    {
        "answer" => AnswerKind.Answer,
        "clarify" => AnswerKind.Clarify,
        "abstain" => AnswerKind.Abstain,
        "crisis" => AnswerKind.Crisis,
        "advice" => AnswerKind.Advice,
        "smalltalk" => AnswerKind.Smalltalk,
        "emergency" => AnswerKind.Emergency,
        _ => throw new FormatException($"Unknown answer kind '{name}' in the event log."),
    };

    /// <summary>"helpful" or "not-helpful".</summary>
    public static string Rating(FeedbackRating rating) => rating == FeedbackRating.Helpful ? "helpful" : "not-helpful";

    /// <summary>The rating spelled <paramref name="name"/>; unknown names throw.</summary>
    public static FeedbackRating ParseRating(string name) => name switch
    {
        "helpful" => FeedbackRating.Helpful,
        "not-helpful" => FeedbackRating.NotHelpful,
        _ => throw new FormatException($"Unknown feedback rating '{name}' in the event log."),
    };

    /// <summary>Sources are stored as one text, newline-separated (file names have no newlines).</summary>
    public static string JoinSources(IReadOnlyList<string> sources) => string.Join('\n', sources);

    /// <summary>The inverse of <see cref="JoinSources"/>.</summary>
    public static IReadOnlyList<string> SplitSources(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('\n');
}
