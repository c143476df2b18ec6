using FaqBot.Bot;
using System.Text.Json;
using FaqBot.Channels.BotFramework.Authentication;
using FaqBot.Schema.Activities;
using Microsoft.Extensions.Logging;
using FaqBot.Bot.Text;

namespace FaqBot.Channels.BotFramework.Connector;

/// <summary>
/// The channel endpoint's logic, in the image of the SDK's CloudAdapter: parse the activity, authenticate,
/// run the bot with a Connector-backed turn context, and map the outcome to an HTTP status.
/// </summary>
public sealed partial class BotFrameworkAdapter
{
    /// <summary>Largest accepted request body; Bot Framework activities stay far below it.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly BotFrameworkAuthenticator _authenticator;
    private readonly ConnectorClient _connector;
    private readonly ILogger _logger;

    /// <summary>Creates the adapter.</summary>
    public BotFrameworkAdapter(BotFrameworkAuthenticator authenticator, ConnectorClient connector, ILogger<BotFrameworkAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(authenticator);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(logger);
        _authenticator = authenticator;
        _connector = connector;
        _logger = logger;
    }

    /// <summary>Handles one channel request: 405 non-POST, 400 bad body, 401 auth failure (bot not called), else 200 or the invoke status.</summary>
    public async Task<BotFrameworkResponse> ProcessAsync(string httpMethod, string? authorizationHeader, Stream body, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpMethod);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(bot);
        if (!HttpMethods.IsPost(httpMethod))
        {
            return new BotFrameworkResponse(405);
        }

        var activity = await ReadActivityAsync(body, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return new BotFrameworkResponse(400);
        }

        var auth = await _authenticator.AuthenticateAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            // Not logged here: the host knows the client and logs rejections at most once per client and interval.
            return new BotFrameworkResponse(401, FailureReason:
                $"{auth.FailureReason}; channel {LogValue.Of(activity.ChannelId) ?? "-"}, activity {LogValue.Of(activity.Id) ?? "-"}");
        }

        var context = new BotFrameworkTurnContext(activity, auth.Identity, _connector);
        try
        {
            await bot.OnTurnAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(ex, LogValue.Of(activity.ChannelId), LogValue.Of(activity.Conversation?.Id), LogValue.Of(activity.Id));
            // The Connector client logs and swallows transport failures, so the apology cannot throw a second time.
            if (activity.Type == ActivityTypes.Message && context.SentCount == 0
                && !string.IsNullOrEmpty(activity.ServiceUrl) && !string.IsNullOrEmpty(activity.Conversation?.Id))
            {
                await context.SendActivityAsync(new Activity { Text = "Sorry, something went wrong. Please ask again." }, cancellationToken).ConfigureAwait(false);
            }

            return new BotFrameworkResponse(activity.Type == ActivityTypes.Invoke ? 500 : 200);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return context.InvokeResponse ?? new BotFrameworkResponse(501);
        }

        return new BotFrameworkResponse(200);
    }

    private static async Task<Activity?> ReadActivityAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            // Activity.Type has a default, so a missing "type" must be detected on the raw JSON.
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || string.IsNullOrEmpty(type.GetString()))
            {
                return null;
            }

            return document.RootElement.Deserialize(BotJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed on channel {ChannelId} conversation {ConversationId} activity {ActivityId}")]
    private partial void LogTurnFailed(Exception exception, string? channelId, string? conversationId, string? activityId);
}
