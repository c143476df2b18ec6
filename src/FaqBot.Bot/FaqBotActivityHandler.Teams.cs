using System.Diagnostics.CodeAnalysis;
using FaqBot.Schema.Events;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Teams;

namespace FaqBot.Bot;

// Teams specifics: @mention stripping, imBack feedback buttons, reactions as feedback, the welcome on install.
public sealed partial class FaqBotActivityHandler
{
    /// <summary>Builds the Teams welcome: greeting, what the bot can do, example questions; staff also see their commands.</summary>
    public Activity CreateTeamsWelcome(bool forStaff)
    {
        var greeting = string.Format(System.Globalization.CultureInfo.InvariantCulture, _options.Greeting, _clinic.Name);
        var text = $"{greeting} {_clinic.Scope}\n\n{EmergencyNote}\n\n{Capabilities(forStaff)}\n\nYou can ask me, for example:";
        return MessageFactory.Markdown(text, _options.EffectiveExampleQuestions.Select(q => MessageFactory.ImBack(q, q)));
    }

    /// <inheritdoc />
    protected override async Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var welcome = IsTeams(activity) ? CreateTeamsWelcome(IsStaff(turnContext)) : CreateWelcome();
        await turnContext.SendActivityAsync(welcome, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!TeamsFeedback.TryGetFeedback(activity, out var reaction))
        {
            return;
        }

        // No reply: a chat message answering every reaction would be noise.
        var rating = reaction.Helpful ? FeedbackRating.Helpful : FeedbackRating.NotHelpful;
        await SaveFeedbackAsync(activity, rating, _recentAnswers.QuestionForReply(reaction.MessageId), cancellationToken).ConfigureAwait(false);
    }

    private static bool IsTeams(Activity activity) =>
        string.Equals(activity.ChannelId, TeamsActivityExtensions.TeamsChannelId, StringComparison.Ordinal);

    // In Teams the bot's own @mention is part of the text in channels and group chats; it is not part of the question.
    private static string MessageText(Activity activity) =>
        (IsTeams(activity) ? activity.RemoveRecipientMention() : activity.Text)?.Trim() ?? string.Empty;

    // Staff data never goes to a sender the channel did not authenticate, whatever the activity claims.
    private bool IsStaff(ITurnContext turnContext) =>
        turnContext.IsSenderAuthenticated && _staffAccess?.IsStaff(turnContext.Activity) == true;

    // Teams suggested actions support imBack only, so feedback arrives as the button's exact caption (from Teams only).
    private bool TryParseTeamsFeedback(Activity activity, string text, [NotNullWhen(true)] out FeedbackRating? rating)
    {
        rating = null;
        if (IsTeams(activity))
        {
            if (string.Equals(text, _options.HelpfulTitle, StringComparison.OrdinalIgnoreCase))
            {
                rating = FeedbackRating.Helpful;
            }
            else if (string.Equals(text, _options.NotHelpfulTitle, StringComparison.OrdinalIgnoreCase))
            {
                rating = FeedbackRating.NotHelpful;
            }
        }

        return rating is not null;
    }

    private IEnumerable<CardAction> CreateFeedbackActions() =>
    [
        MessageFactory.ImBack(_options.HelpfulTitle, _options.HelpfulTitle),
        MessageFactory.ImBack(_options.NotHelpfulTitle, _options.NotHelpfulTitle),
    ];

    private string Capabilities(bool forStaff)
    {
        var text = "**What I can do**\n\n"
            + "- Answer questions by quoting the clinic's own documents, naming the source of each quote\n"
            + "- Suggest follow-up questions\n"
            + $"- Take your feedback: the **{_options.HelpfulTitle}** / **{_options.NotHelpfulTitle}** buttons, "
            + "or react to an answer with 👍 or ❤️ (helpful), 😢 or 😠 (not helpful)\n"
            + "- In a channel or group chat, @mention me with your question";
        return forStaff ? text + "\n\n" + StaffCommandList : text;
    }
}
