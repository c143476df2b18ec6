using FaqBot.Schema.Activities;

namespace FaqBot.Bot;

/// <summary>An <see cref="ITurnContext"/> whose sends go to a delegate supplied by the channel adapter.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly Func<Activity, CancellationToken, Task<ResourceResponse>> _send;

    /// <summary>Creates a turn for <paramref name="activity"/>; <paramref name="send"/> delivers each reply.</summary>
    public TurnContext(Activity activity, Func<Activity, CancellationToken, Task<ResourceResponse>> send, bool isSenderAuthenticated = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(send);
        Activity = activity;
        _send = send;
        IsSenderAuthenticated = isSenderAuthenticated;
    }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <inheritdoc />
    public bool IsSenderAuthenticated { get; }

    /// <summary>True once a message has been sent in this turn.</summary>
    public bool Responded { get; private set; }

    /// <inheritdoc />
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var response = await _send(activity, cancellationToken).ConfigureAwait(false);
        if (activity.Type == ActivityTypes.Message)
        {
            Responded = true;
        }

        return response;
    }
}
