using FaqBot.Bot;
using System.Security.Claims;
using System.Text.Json;
using FaqBot.Schema.Activities;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>A turn on the Bot Framework channel: replies are addressed from the incoming activity and sent through the Connector.</summary>
public sealed class BotFrameworkTurnContext : ITurnContext
{
    /// <summary>Activity type a bot sends to set the HTTP answer of an invoke (value = <c>{status, body}</c>).</summary>
    public const string InvokeResponseType = "invokeResponse";

    private readonly ConnectorClient _connector;
    private int _sentCount;

    /// <summary>Creates the context for an authenticated <paramref name="activity"/>.</summary>
    public BotFrameworkTurnContext(Activity activity, ClaimsIdentity identity, ConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        Identity = identity;
        _connector = connector;
    }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <summary>The caller validated by the authenticator (anonymous when authentication is disabled).</summary>
    public ClaimsIdentity Identity { get; }

    /// <inheritdoc />
    public bool IsSenderAuthenticated => Identity.IsAuthenticated;

    /// <summary>The invoke response the bot set, if any.</summary>
    public BotFrameworkResponse? InvokeResponse { get; private set; }

    /// <summary>Number of activities sent in this turn.</summary>
    public int SentCount => Volatile.Read(ref _sentCount);

    /// <inheritdoc />
    /// <remarks>The id is empty when the Connector could not be reached; the failure is logged by the client.</remarks>
    /// <exception cref="InvalidOperationException">The incoming activity has no serviceUrl or conversation id.</exception>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == InvokeResponseType)
        {
            InvokeResponse = ReadInvokeResponse(activity.Value);
            return new ResourceResponse(string.Empty);
        }

        var serviceUrl = Activity.ServiceUrl;
        var conversationId = Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The incoming activity has no serviceUrl or conversation id to reply to.");
        }

        // serviceUrl comes from the incoming activity, whose serviceurl claim the authenticator matched.
        var outgoing = activity.ApplyConversationReference(Activity);
        var response = string.IsNullOrEmpty(outgoing.ReplyToId)
            ? await _connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, cancellationToken).ConfigureAwait(false)
            : await _connector.ReplyToActivityAsync(serviceUrl, conversationId, outgoing.ReplyToId, outgoing, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _sentCount);
        return response ?? new ResourceResponse(string.Empty);
    }

    private static BotFrameworkResponse ReadInvokeResponse(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } payload)
        {
            return new BotFrameworkResponse(200);
        }

        var status = payload.TryGetProperty("status", out var s) && s.TryGetInt32(out var code) ? code : 200;
        JsonElement? body = payload.TryGetProperty("body", out var b) && b.ValueKind != JsonValueKind.Null ? b.Clone() : null;
        return new BotFrameworkResponse(status, body);
    }
}
