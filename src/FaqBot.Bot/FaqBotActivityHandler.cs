using FaqBot.Bot.Events;
using FaqBot.Bot.Schema;
using FaqBot.Core.Answering;
using FaqBot.Core.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FaqBot.Bot;

/// <summary>FaqBot's turn logic for every channel: welcome, quoted answers with follow-ups, feedback.</summary>
/// <remarks>Channel specifics (such as @mention stripping) belong to the adapters, which hand over clean text.</remarks>
public sealed partial class FaqBotActivityHandler : ActivityHandler
{
    private readonly IQuestionAnswerer _answerer;
    private readonly IAnswerEventSink _events;
    private readonly ClinicOptions _clinic;
    private readonly BotOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FaqBotActivityHandler> _logger;

    /// <summary>Creates the handler.</summary>
    public FaqBotActivityHandler(
        IQuestionAnswerer answerer,
        IAnswerEventSink events,
        IOptions<ClinicOptions> clinic,
        IOptions<BotOptions> options,
        TimeProvider timeProvider,
        ILogger<FaqBotActivityHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(clinic);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _answerer = answerer;
        _events = events;
        _clinic = clinic.Value;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Builds the welcome message: greeting, scope and example questions as buttons.</summary>
    public Activity CreateWelcome()
    {
        var greeting = string.Format(System.Globalization.CultureInfo.InvariantCulture, _options.Greeting, _clinic.Name);
        var text = $"{greeting} {_clinic.Scope}\n\nYou can ask me, for example:";
        return MessageFactory.Markdown(text, _options.EffectiveExampleQuestions.Select(q => MessageFactory.ImBack(q, q)));
    }

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // One welcome per conversationUpdate, however many people joined with it.
        await turnContext.SendActivityAsync(CreateWelcome(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (FeedbackActions.TryParse(activity, out var rating, out var answerTo))
        {
            await RecordFeedbackAsync(turnContext, rating.Value, answerTo, cancellationToken).ConfigureAwait(false);
            return;
        }

        var question = activity.Text?.Trim() ?? string.Empty;
        if (question.Length == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(_options.EmptyMessageReply), cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Typing(), cancellationToken).ConfigureAwait(false);
        var answer = _answerer.Ask(question);
        await _events.RecordAnswerAsync(
            new AnswerEvent(activity.Conversation?.Id, activity.Id, activity.ChannelId, question, answer.Kind,
                answer.Confidence, answer.Quotes.Count, _timeProvider.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        LogAnswered(_logger, activity.Id, answer.Kind, answer.Quotes.Count);

        var reply = MessageFactory.Markdown(MarkdownRenderer.Render(answer), CreateActions(answer, activity.Id));
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private IEnumerable<CardAction> CreateActions(Answer answer, string? questionId)
    {
        foreach (var followUp in answer.FollowUps)
        {
            yield return MessageFactory.ImBack(followUp, followUp);
        }

        // Feedback is asked only about documents-based replies, not about small talk or crisis resources.
        if (answer.Kind is AnswerKind.Answer or AnswerKind.Clarify or AnswerKind.Advice or AnswerKind.Abstain)
        {
            yield return FeedbackActions.Create(FeedbackRating.Helpful, _options.HelpfulTitle, questionId);
            yield return FeedbackActions.Create(FeedbackRating.NotHelpful, _options.NotHelpfulTitle, questionId);
        }
    }

    private async Task RecordFeedbackAsync(ITurnContext turnContext, FeedbackRating rating, string? answerTo, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        await _events.RecordFeedbackAsync(
            new FeedbackEvent(activity.Conversation?.Id, answerTo, rating, _timeProvider.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        LogFeedback(_logger, activity.Id, rating);
        await turnContext.SendActivityAsync(MessageFactory.Markdown(_options.FeedbackThanks), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answered activity {ActivityId}: {Kind} with {QuoteCount} quotes")]
    private static partial void LogAnswered(ILogger logger, string? activityId, AnswerKind kind, int quoteCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on activity {ActivityId}: {Rating}")]
    private static partial void LogFeedback(ILogger logger, string? activityId, FeedbackRating rating);
}
