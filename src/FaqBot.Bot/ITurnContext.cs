using FaqBot.Schema.Activities;

namespace FaqBot.Bot;

/// <summary>One turn: the incoming activity and a way to send replies on the channel it came from.</summary>
public interface ITurnContext
{
    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>True when the channel proved who sent the activity (a validated Bot Framework token).</summary>
    bool IsSenderAuthenticated { get; }

    /// <summary>Sends an activity into the conversation; the adapter fills in the conversation reference.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);
}
