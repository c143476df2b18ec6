namespace FaqBot.Bot;

/// <summary>The bot's turn logic, as the Bot Framework SDK's IBot: one call per incoming activity.</summary>
public interface IBot
{
    /// <summary>Handles the activity in <paramref name="turnContext"/>, sending replies through it.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
