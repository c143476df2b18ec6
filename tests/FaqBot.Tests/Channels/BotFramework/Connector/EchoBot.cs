using System.Collections.Concurrent;
using FaqBot.Bot;
using FaqBot.Schema.Activities;
using FaqBot.Bot.Teams;

namespace FaqBot.Tests.Channels.BotFramework.Connector;

/// A test bot: records every turn and answers messages with "You said: **text**" (mention stripped).
public sealed class EchoBot : IBot
{
    public ConcurrentQueue<Activity> Turns { get; } = new();

    public Func<ITurnContext, Task>? OnTurn { get; set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turnContext.Activity);
        if (OnTurn is not null)
        {
            await OnTurn(turnContext);
            return;
        }

        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            var text = turnContext.Activity.RemoveRecipientMention();
            await turnContext.SendActivityAsync(new Activity { Text = $"You said: **{text}**", TextFormat = "markdown" }, cancellationToken);
        }
    }
}
