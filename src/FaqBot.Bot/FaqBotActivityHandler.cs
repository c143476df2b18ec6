using FaqBot.Schema.Events;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Teams;
using FaqBot.Bot.Telemetry;
using FaqBot.Core.Answering;
using FaqBot.Core.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using FaqBot.Bot.Text;

namespace FaqBot.Bot;

/// <summary>FaqBot's turn logic for every channel: welcome, quoted answers with follow-ups, feedback, Teams staff commands.</summary>
/// <remarks>Partial files by concern: <c>.Teams.cs</c> (mentions, reactions, install welcome), <c>.Staff.cs</c> (sources, stats, reload).</remarks>
public sealed partial class FaqBotActivityHandler : ActivityHandler
{
    private readonly IQuestionAnswerer _answerer;
    private readonly IAnswerEventSink _events;
    private readonly ClinicOptions _clinic;
    private readonly BotOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FaqBotActivityHandler> _logger;
    private readonly StaffAccessPolicy? _staffAccess;
    private readonly IKnowledgeBaseAdmin? _knowledgeBase;
    private readonly IAnswerEventSource? _eventSource;
    private readonly RecentAnswers _recentAnswers = new();

    /// <summary>Creates the handler; the staff dependencies are optional (without them there are no staff commands).</summary>
    public FaqBotActivityHandler(
        IQuestionAnswerer answerer,
        IAnswerEventSink events,
        IOptions<ClinicOptions> clinic,
        IOptions<BotOptions> options,
        TimeProvider timeProvider,
        ILogger<FaqBotActivityHandler> logger,
        StaffAccessPolicy? staffAccess = null,
        IKnowledgeBaseAdmin? knowledgeBase = null,
        IAnswerEventSource? eventSource = null)
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
        _staffAccess = staffAccess;
        _knowledgeBase = knowledgeBase;

        // The in-memory sink reads its own events back; a host with another sink can register a source.
        _eventSource = eventSource ?? events as IAnswerEventSource;
    }

    /// <summary>Builds the welcome message: greeting, scope and example questions as buttons.</summary>
    public Activity CreateWelcome()
    {
        var greeting = string.Format(System.Globalization.CultureInfo.InvariantCulture, _options.Greeting, _clinic.Name);
        var text = $"{greeting} {_clinic.Scope}\n\n{EmergencyNote}\n\nYou can ask me, for example:";
        return MessageFactory.Markdown(text, _options.EffectiveExampleQuestions.Select(q => MessageFactory.ImBack(q, q)));
    }

    // The welcome's one line on what to do in an emergency, in the clinic's default crisis locale.
    private string EmergencyNote => $"**{_clinic.CrisisResourcesFor(_clinic.CrisisLocale).Resources.WelcomeNote}**";

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // Teams welcomes on installationUpdate only: a welcome for every colleague who joins a team would be spam.
        if (IsTeams(turnContext.Activity))
        {
            return;
        }

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

        var question = MessageText(activity);
        if (TryParseTeamsFeedback(activity, question, out var teamsRating))
        {
            var lastQuestion = _recentAnswers.LastQuestion(activity.Conversation?.Id);
            await RecordFeedbackAsync(turnContext, teamsRating.Value, lastQuestion, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (question.Length == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Markdown(_options.EmptyMessageReply), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await TryRunStaffCommandAsync(turnContext, question, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var started = _timeProvider.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity("faqbot.answer");
        await turnContext.SendActivityAsync(MessageFactory.Typing(), cancellationToken).ConfigureAwait(false);
        var answer = _answerer.Ask(question);
        await _events.RecordAnswerAsync(
            new AnswerEvent(activity.Conversation?.Id, activity.Id, activity.ChannelId, question, answer.Kind,
                answer.Confidence, answer.Quotes.Count, _timeProvider.GetUtcNow())
            {
                TopScore = answer.Quotes.Count > 0 ? answer.Quotes[0].Score : 0,
                Sources = [.. answer.Quotes.Select(q => q.SourceFile).Distinct(StringComparer.Ordinal)],
            },
            cancellationToken).ConfigureAwait(false);
        LogAnswered(_logger, LogValue.Of(activity.Id), answer.Kind, answer.Quotes.Count);

        var sent = await SendAnswerAsync(turnContext, answer, cancellationToken).ConfigureAwait(false);
        _recentAnswers.Remember(activity.Conversation?.Id, sent?.Id, activity.Id);
        BotTelemetry.RecordTurn(activity.ChannelId, answer, _timeProvider.GetElapsedTime(started));
        span?.SetTag("faqbot.channel", BotTelemetry.Channel(activity.ChannelId)).SetTag("faqbot.answer.kind", BotTelemetry.Kind(answer.Kind));
    }

    // Sends the reply; returns what the channel said of the answer's message (the one feedback refers to).
    private async Task<ResourceResponse> SendAnswerAsync(ITurnContext turnContext, Answer answer, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (answer.CrisisAbove is { } crisis)
        {
            // The crisis watch band: the crisis card goes first, as its own message, then the answer without it.
            await turnContext.SendActivityAsync(CrisisCard.Create(crisis), cancellationToken).ConfigureAwait(false);
            answer = answer with { Crisis = null };
        }

        var reply = answer.Crisis is { } urgent ? CrisisCard.Create(urgent) : MessageFactory.Markdown(MarkdownRenderer.Render(answer), CreateActions(answer, activity));
        if (answer.Crisis is null && AsksForFeedback(answer) && !IsTeams(activity))
        {
            // The website's 👍/👎 sit under the answer, apart from the suggested questions (Teams keeps its buttons).
            reply = reply with { Entities = [FeedbackVotes.Entity(activity.Id)] };
        }

        return await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private IEnumerable<CardAction> CreateActions(Answer answer, Activity question)
    {
        // Small talk ("hi", "help") offers the welcome's example questions, as the welcome does; "bye" offers none.
        var followUps = answer.Kind == AnswerKind.Smalltalk && answer.FollowUps.Count > 0 ? _options.EffectiveExampleQuestions : answer.FollowUps;
        foreach (var followUp in followUps)
        {
            yield return MessageFactory.ImBack(followUp, followUp);
        }

        if (AsksForFeedback(answer) && IsTeams(question))
        {
            foreach (var action in CreateFeedbackActions())
            {
                yield return action;
            }
        }
    }

    // Feedback is asked only about documents-based replies, not about small talk or crisis resources.
    private static bool AsksForFeedback(Answer answer) =>
        answer.Kind is AnswerKind.Answer or AnswerKind.Clarify or AnswerKind.Advice or AnswerKind.Abstain;

    /// <inheritdoc />
    protected override async Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);

        // A 👍/👎 click on the website is recorded silently: the pressed thumb is the confirmation, and a reply would
        // take the answer's suggested questions away.
        if (FeedbackVotes.TryParse(turnContext.Activity, out var rating, out var answerTo))
        {
            await SaveFeedbackAsync(turnContext.Activity, rating.Value, answerTo, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RecordFeedbackAsync(ITurnContext turnContext, FeedbackRating rating, string? answerTo, CancellationToken cancellationToken)
    {
        await SaveFeedbackAsync(turnContext.Activity, rating, answerTo, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MessageFactory.Markdown(_options.FeedbackThanks), cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveFeedbackAsync(Activity activity, FeedbackRating rating, string? answerTo, CancellationToken cancellationToken)
    {
        await _events.RecordFeedbackAsync(
            new FeedbackEvent(activity.Conversation?.Id, answerTo, rating, _timeProvider.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        LogFeedback(_logger, LogValue.Of(activity.Id), rating);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answered activity {ActivityId}: {Kind} with {QuoteCount} quotes")]
    private static partial void LogAnswered(ILogger logger, string? activityId, AnswerKind kind, int quoteCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on activity {ActivityId}: {Rating}")]
    private static partial void LogFeedback(ILogger logger, string? activityId, FeedbackRating rating);
}
